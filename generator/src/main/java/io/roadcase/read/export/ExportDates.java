package io.roadcase.read.export;

import io.roadcase.source.Cell;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time texts tools write into their exports: ISO (Linear, GitHub, Asana), Jira's
 * {@code 11/May/24 3:26 PM} with month names in English, German, French or Spanish, German
 * {@code 23.10.2024 11:02}, Azure DevOps's {@code 5/14/2024 8:53:33 AM} and the
 * {@code Tue May 14 2024 08:53:33 GMT+0000} of older Linear exports. Whether {@code 5/1/2026} is May or
 * January is decided once per export ({@link #order}). Times keep their order for
 * "the latest row"; a roadmap date is the day (in UTC where the text gives an offset).
 */
final class ExportDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern JIRA = Pattern.compile(
            "(\\d{1,2})[/ .-](\\p{L}{3,5})\\.?[/ .-](\\d{2}|\\d{4})(?:\\s+" + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?)?");
    private static final Pattern DOTTED = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
    private static final Pattern JAVASCRIPT = Pattern.compile(
            "\\p{L}{3}\\s+(\\p{L}{3})\\s+(\\d{1,2})\\s+(\\d{4})\\s+(\\d{2}):(\\d{2}):(\\d{2})(?:\\s+GMT([+-]\\d{4}))?.*");
    private static final Map<String, Integer> MONTHS = months();

    /** Which number of a date such as {@code 5/1/2026} is the day, for one whole export. */
    enum Order {
        DAY_FIRST,
        MONTH_FIRST,
        /** No date of the export tells: month first, as tools write dates in English. */
        MONTH_FIRST_ASSUMED
    }

    private ExportDates() {
    }

    /** The order the numeric dates of an export have: a first number above 12 means day first, a second one month first. */
    static Order order(java.util.List<String> texts) {
        boolean any = false;
        for (String text : texts) {
            Matcher m = SLASHED.matcher(text.strip());
            if (m.matches()) {
                any = true;
                if (i(m, 1) > 12) {
                    return Order.DAY_FIRST;
                }
                if (i(m, 2) > 12) {
                    return Order.MONTH_FIRST;
                }
            }
        }
        return any ? Order.MONTH_FIRST_ASSUMED : Order.MONTH_FIRST;
    }

    /**
     * The date and time a text stands for, or null when it is none of the export forms.
     *
     * @param order how to read a numeric date such as {@code 5/1/2026}; null leaves it unread
     */
    static LocalDateTime dateTime(String text, Order order) {
        String s = text.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                LocalDateTime local = LocalDateTime.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)), time(m, 4, 5, 6, null));
                return m.group(7) == null ? local : toUtc(local, m.group(7));
            }
            m = JIRA.matcher(s);
            if (m.matches() && MONTHS.containsKey(monthKey(m.group(2)))) {
                return LocalDateTime.of(LocalDate.of(year(m.group(3)), MONTHS.get(monthKey(m.group(2))), i(m, 1)),
                        time(m, 4, 5, 6, m.group(7)));
            }
            m = DOTTED.matcher(s);
            if (m.matches()) {
                return LocalDateTime.of(LocalDate.of(year(m.group(3)), i(m, 2), i(m, 1)), time(m, 4, 5, 6, null));
            }
            m = SLASHED.matcher(s);
            // Numeric dates in the export's order; left to the setting date_format when it is given (null).
            if (m.matches() && order != null) {
                boolean dayFirst = order == Order.DAY_FIRST;
                return LocalDateTime.of(LocalDate.of(i(m, 3), dayFirst ? i(m, 2) : i(m, 1), dayFirst ? i(m, 1) : i(m, 2)),
                        time(m, 4, 5, 6, m.group(7)));
            }
            m = JAVASCRIPT.matcher(s);
            if (m.matches() && MONTHS.containsKey(monthKey(m.group(1)))) {
                LocalDateTime local = LocalDateTime.of(LocalDate.of(i(m, 3), MONTHS.get(monthKey(m.group(1))), i(m, 2)),
                        time(m, 4, 5, 6, null));
                return m.group(7) == null ? local : toUtc(local, m.group(7));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * A date cell for a roadmap date column: the day of an export text as {@code 2026-03-15}; a text
     * that is none of the export forms stays as written (the table's own date rules then apply), less a
     * time after a numeric day such as {@code 03/04/2026 10:00} (so the setting {@code date_format} reads it).
     */
    static Cell day(Cell cell, Order order) {
        if (cell.kind() != Cell.Kind.TEXT) {
            return cell;
        }
        LocalDateTime dateTime = dateTime(cell.text(), order);
        if (dateTime != null) {
            return Cell.text(dateTime.toLocalDate().toString());
        }
        Matcher m = SLASHED.matcher(cell.text().strip());
        if (m.matches() && m.group(4) != null) {
            return Cell.text(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        }
        return cell;
    }

    private static LocalDateTime toUtc(LocalDateTime local, String offset) {
        String o = offset.equals("Z") ? "Z" : offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3)
                : offset;
        return OffsetDateTime.of(local, ZoneOffset.of(o)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static LocalTime time(Matcher m, int hour, int minute, int second, String amPm) {
        if (m.group(hour) == null) {
            return LocalTime.MIDNIGHT;
        }
        int h = i(m, hour);
        if (amPm != null) {
            boolean pm = Character.toLowerCase(amPm.charAt(0)) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }
        return LocalTime.of(h, i(m, minute), m.group(second) == null ? 0 : i(m, second));
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        return text.length() == 2 ? 2000 + year : year;
    }

    private static String monthKey(String name) {
        return HeaderNames.key(name).replace(".", "");
    }

    /** Month abbreviations and names Jira writes in English, German, French and Spanish. */
    private static Map<String, Integer> months() {
        String[][] names = {
            {"jan", "january", "januar", "jän", "janv", "janvier", "ene", "enero"},
            {"feb", "february", "februar", "févr", "fevr", "février", "fev", "febrero"},
            {"mar", "march", "mär", "märz", "maerz", "mrz", "mars", "marzo"},
            {"apr", "april", "avr", "avril", "abr", "abril"},
            {"may", "mai", "mayo"},
            {"jun", "june", "juni", "juin", "junio"},
            {"jul", "july", "juli", "juil", "juillet", "julio"},
            {"aug", "august", "août", "aout", "ago", "agosto"},
            {"sep", "sept", "september", "septembre", "septiembre", "set"},
            {"oct", "october", "okt", "oktober", "octobre", "octubre"},
            {"nov", "november", "novembre", "noviembre"},
            {"dec", "december", "dez", "dezember", "déc", "décembre", "dic", "diciembre"},
        };
        Map<String, Integer> months = new HashMap<>();
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(monthKey(name.toLowerCase(Locale.ROOT)), month + 1);
            }
        }
        return months;
    }
}
