package io.roadcase.read;

import io.roadcase.source.Cell;
import io.roadcase.source.SourceRow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser for date cells: date cells, serial numbers, a whole number 1900–2200 as a year, and text days,
 * months, quarters and years. A period means its first day for a start and its last day for an end.
 */
public final class DateCells {

    /** Whether a period stands for its first or its last day. */
    public enum Role { START, END }

    static final String DATE = "a date such as 2026-03-15, 2026-Q3 or Mar 2026";

    /** The first and last year of a date: those of Excel's calendar (serial 1 is 1900-01-01). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    private static final Pattern DAY = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[Qq]([1-4])");
    private static final Pattern QUARTER_YEAR = Pattern.compile("[Qq]([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_NAME_YEAR = Pattern.compile("(\\p{L}{3,9})\\.?\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern DAY_MONTH_NAME_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s*[- ]\\s*(\\p{L}{3,9})\\.?\\s*[- ]\\s*(\\d{4})");
    private static final Pattern MONTH_NAME_DAY_YEAR = Pattern.compile("(\\p{L}{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern AMBIGUOUS = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");
    private static final Map<String, Integer> MONTHS = months();

    /** Excel's day 0 for serials from 61 on (its 1900 calendar counts a 29 February 1900 that never was). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private DateCells() {
    }

    /**
     * Reads a date.
     *
     * @param format the setting {@code date_format} compiled with {@link #format(String)}, or null
     */
    public static LocalDate date(Cell cell, Role role, DateTimeFormatter format) throws BadCell {
        if (cell.isBlank()) {
            return null;
        }
        LocalDate date = read(cell, role, format);
        // The years a spreadsheet date can hold. Others are typos (0026 for 2026, or a date_format year
        // such as +999999999) that would break period arithmetic and the 4-digit dates of data.json.
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new BadCell("expected " + DATE + ", found " + FoundText.describe(cell) + ", whose year is outside "
                    + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return date;
    }

    /**
     * {@link #date(Cell, Role, DateTimeFormatter)} of a column of a row, reading ISO text such as
     * {@code 2026-03-15} in place: the dates of a million-row CSV file are nearly all of this form.
     */
    public static LocalDate date(SourceRow row, int column, Role role, DateTimeFormatter format) throws BadCell {
        if (row.kind(column) == Cell.Kind.TEXT) {
            try {
                LocalDate date = isoFastPath(row.text(column), role);
                if (date != null && date.getYear() >= FIRST_YEAR) {
                    return date;
                }
            } catch (DateTimeException e) {
                // Not a day of the calendar: the general path below says so.
            }
        }
        return date(row.cell(column), role, format);
    }

    private static LocalDate read(Cell cell, Role role, DateTimeFormatter format) throws BadCell {
        switch (cell.kind()) {
            case DATE:
                if (cell.date() != null) {
                    return cell.date().toLocalDate();
                }
                return fromNumber(cell.number(), role, cell);
            case NUMBER:
                return fromNumber(cell.number(), role, cell);
            case TEXT:
                return fromText(cell, role, format);
            default:
                throw FoundText.expected(DATE, cell);
        }
    }

    /** A {@code date_format} pattern as a strict formatter ({@code yyyy} is read as the proleptic year). */
    public static DateTimeFormatter format(String pattern) {
        StringBuilder strict = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            strict.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(strict.toString(), Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    private static LocalDate fromNumber(double n, Role role, Cell cell) throws BadCell {
        if (n == Math.rint(n) && n >= 1900 && n <= 2200) {
            return year((int) n, role);
        }
        if (!(n >= 1 && n < 2958466)) {
            throw FoundText.expected(DATE, cell);
        }
        long day = (long) Math.floor(n);
        // Serials 1–59 are 1 January–28 February 1900; 60 is Excel's fictitious 29 February, read as 28 February.
        return day >= 61 ? EPOCH.plusDays(day) : EPOCH.plusDays(day + 1).minusDays(day == 60 ? 1 : 0);
    }

    private static LocalDate fromText(Cell cell, Role role, DateTimeFormatter format) throws BadCell {
        String text = cell.text().strip();
        try {
            LocalDate date = isoFastPath(text, role);
            if (date == null) {
                date = standard(text, role);
            }
            if (date != null) {
                return date;
            }
        } catch (DateTimeException e) {
            throw FoundText.expected(DATE + " (a real day of the calendar)", cell);
        }
        if (format != null) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                throw FoundText.expected(DATE + ", or a date in the setting date_format", cell);
            }
        }
        if (AMBIGUOUS.matcher(text).matches()) {
            throw new BadCell("expected " + DATE + ", found " + FoundText.quoted(text)
                    + ", which is ambiguous (day or month first?): write it as 2026-03-15, or set date_format in"
                    + " settings (e.g. dd/MM/yyyy)");
        }
        throw FoundText.expected(DATE, cell);
    }

    /**
     * {@code 2026-03-15} and {@code 2026-03} without a regular expression: a million-row kpi_values
     * table is mostly these.
     */
    private static LocalDate isoFastPath(CharSequence text, Role role) {
        int n = text.length();
        if ((n != 10 && n != 7) || text.charAt(4) != '-' || (n == 10 && text.charAt(7) != '-')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = n == 10 ? digits(text, 8, 10) : 1;
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        return n == 10 ? day(year, month, day) : month(YearMonth.of(year, month), role);
    }

    /**
     * Recently read days, so that a million rows over a few thousand days share their LocalDates
     * (24 bytes each) instead of keeping one per row. Each slot is checked against the day asked
     * for, so threads racing on a slot at worst create a date again.
     */
    private static final LocalDate[] RECENT_DAYS = new LocalDate[4096];

    private static LocalDate day(int year, int month, int day) {
        int slot = ((year * 31 + month) * 37 + day) & (RECENT_DAYS.length - 1);
        LocalDate recent = RECENT_DAYS[slot];
        if (recent != null && recent.getDayOfMonth() == day && recent.getMonthValue() == month
                && recent.getYear() == year) {
            return recent;
        }
        LocalDate date = LocalDate.of(year, month, day);
        RECENT_DAYS[slot] = date;
        return date;
    }

    /** The number written by the digits from {@code from} to {@code to}, or -1 when one is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The unambiguous text forms, or null when none matches. */
    private static LocalDate standard(String text, Role role) {
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return month(YearMonth.of(num(m, 1), num(m, 2)), role);
        }
        if ((m = YEAR_QUARTER.matcher(text)).matches()) {
            return quarter(num(m, 1), num(m, 2), role);
        }
        if ((m = QUARTER_YEAR.matcher(text)).matches()) {
            return quarter(num(m, 2), num(m, 1), role);
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return year(num(m, 1), role);
        }
        if ((m = MONTH_NAME_YEAR.matcher(text)).matches() && monthOf(m.group(1)) != null) {
            return month(YearMonth.of(num(m, 2), monthOf(m.group(1))), role);
        }
        if ((m = DAY_MONTH_NAME_YEAR.matcher(text)).matches() && monthOf(m.group(2)) != null) {
            return LocalDate.of(num(m, 3), monthOf(m.group(2)), num(m, 1));
        }
        if ((m = MONTH_NAME_DAY_YEAR.matcher(text)).matches() && monthOf(m.group(1)) != null) {
            return LocalDate.of(num(m, 3), monthOf(m.group(1)), num(m, 2));
        }
        return null;
    }

    private static LocalDate year(int year, Role role) {
        return role == Role.START ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
    }

    private static LocalDate quarter(int year, int quarter, Role role) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return role == Role.START ? first.atDay(1) : first.plusMonths(2).atEndOfMonth();
    }

    private static LocalDate month(YearMonth month, Role role) {
        return role == Role.START ? month.atDay(1) : month.atEndOfMonth();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Integer monthOf(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return months;
    }
}
