package io.roadcase.read;

import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.source.Cell;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period columns of a wide layout ({@code kpi_values} or {@code cash_flows} with one column per
 * period): each header cell other than the table's own columns is a date or period ({@code 2026},
 * {@code FY2027}, {@code Q1 2026}, {@code 2026-03}, {@code Jan 2026}, a date cell), a month on its own
 * ({@code Jan}, {@code März}) whose year comes from a row above the header or a setting, or, for cash
 * flows, a period index ({@code 0}, {@code Year 1}). Total and average columns are skipped; any other
 * header is reported and its column ignored.
 */
final class PeriodColumns {

    /** The years a year header, a year row or {@code kpi_year} may name (those of a year in a date column). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    /**
     * One column of values: its index, its header as written, and its period: the period's first day,
     * or a period index counted from the case start (cash flows only).
     */
    record Period(int index, String label, LocalDate date, Integer number) {
    }

    /**
     * How a layout reads its headers.
     *
     * @param layout      the table and layout, for messages: {@code kpi_values (wide layout)}
     * @param year        the year of month headers when no row above gives one, or null
     * @param yearSetting the setting {@code year} comes from, named in messages, or null
     * @param indexes     whether a whole number below 1000 or {@code Year 1} is a period index
     */
    record Rules(String layout, DateTimeFormatter dateFormat, int fiscalYearStart, Integer year, String yearSetting,
            boolean indexes) {
    }

    /** {@code FY2027}, {@code FY 27}, {@code FY2026/27}, {@code FY 2026-2027}: named by the year it ends in. */
    private static final Pattern FISCAL_YEAR = Pattern.compile(
            "(?i)FY\\s*[-']?\\s*(\\d{4}|\\d{2})(?:\\s*[-/]\\s*(\\d{4}|\\d{2}))?");
    private static final Pattern INDEX = Pattern.compile("(?i)(?:year|yr|period)\\s*(\\d{1,3})");
    /** Text whose only digits are one four-digit year: {@code 2026}, {@code KPI tracker 2026}. */
    private static final Pattern DIGITS = Pattern.compile("\\D*\\d{4}\\D*");

    private final List<Period> periods = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Rules rules;
    private final String file;
    private final String sheet;
    private final int row;

    private PeriodColumns(Rules rules, String file, String sheet, int row) {
        this.rules = rules;
        this.file = file;
        this.sheet = sheet;
        this.row = row;
    }

    /**
     * Reads a header row.
     *
     * @param above the nearest non-blank row above the header (it may give the year of month headers), or null
     * @param taken the indexes of the table's own columns (kpi, case, type…), which are not periods
     * @param row   the header's row number
     */
    static PeriodColumns read(List<Cell> header, List<Cell> above, Set<Integer> taken, Rules rules, String file,
            String sheet, int row) {
        PeriodColumns columns = new PeriodColumns(rules, file, sheet, row);
        columns.read(header, above, taken);
        return columns;
    }

    /** The period columns in header order. */
    List<Period> periods() {
        return periods;
    }

    /** What to report about the header once the layout is taken: skipped, unreadable and yearless columns. */
    List<Problem> problems() {
        return problems;
    }

    /** A month header waiting for its year. */
    private record MonthColumn(int index, String label, Month month) {
    }

    private void read(List<Cell> header, List<Cell> above, Set<Integer> taken) {
        List<MonthColumn> months = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Cell cell = header.get(i);
            if (taken.contains(i) || cell == null || cell.isBlank()) {
                continue;
            }
            String label = label(cell);
            if (isSummary(label)) {
                problems.add(Problem.info(place(i, label), rules.layout + ": column " + FoundText.quoted(label)
                        + " is a total or an average, so it is skipped: Roadcase works them out from the periods"));
                continue;
            }
            Month month = cell.kind() == Cell.Kind.TEXT ? MonthNames.of(label) : null;
            if (month != null) {
                months.add(new MonthColumn(i, label, month));
                continue;
            }
            try {
                periods.add(period(i, label, cell));
            } catch (BadCell e) {
                problems.add(Problem.warning(place(i, label), rules.layout + ": every column after "
                        + "the table's own columns should be a period (" + (rules.indexes ? "0, 1, 2…, " : "")
                        + "2026, FY2027, 2026-Q1, Jan 2026, a month such as Jan, or a date); this column is "
                        + "ignored: " + e.getMessage()));
            }
        }
        if (!months.isEmpty()) {
            datedMonths(months, yearCells(above));
            periods.sort(Comparator.comparingInt(Period::index));
        }
    }

    /** A header that names its period in full. */
    private Period period(int index, String label, Cell cell) throws BadCell {
        if (cell.kind() == Cell.Kind.TEXT) {
            Matcher fiscal = FISCAL_YEAR.matcher(label);
            if (fiscal.matches()) {
                return new Period(index, label, fiscalYearStart(fiscal), null);
            }
            Matcher number = INDEX.matcher(label);
            if (rules.indexes && number.matches()) {
                return new Period(index, label, null, Integer.parseInt(number.group(1)));
            }
        }
        if (rules.indexes) {
            CashFlowTable.Period period = CashFlowTable.period(cell, rules.dateFormat);
            return new Period(index, label, period.date(), period.index());
        }
        return new Period(index, label, DateCells.date(cell, DateCells.Role.START, rules.dateFormat), null);
    }

    /**
     * Gives each month header its year: the year cell above it or nearest to its left in the row above,
     * else the setting; a month that does not come after the one to its left starts the next year.
     */
    private void datedMonths(List<MonthColumn> months, TreeMap<Integer, Integer> years) {
        Integer year = null;
        Integer yearCell = null;
        Month last = null;
        for (MonthColumn column : months) {
            Map.Entry<Integer, Integer> above = years.floorEntry(column.index);
            if (above != null && !above.getKey().equals(yearCell)) {
                yearCell = above.getKey();
                year = above.getValue();
                last = null;
            } else if (year == null) {
                year = rules.year;
            }
            if (year == null) {
                problems.add(Problem.error(place(column.index, column.label), rules.layout + ": the month columns ("
                        + FoundText.quoted(column.label) + "…) have no year: put the year in the row above the header"
                        + " (2026 over the first month)" + (rules.yearSetting == null ? ", or write Jan 2026"
                        : ", or set " + rules.yearSetting + " in settings")));
                return;
            }
            if (last != null && column.month.compareTo(last) <= 0) {
                year++;
            }
            last = column.month;
            periods.add(new Period(column.index, column.label, LocalDate.of(year, column.month, 1), null));
        }
    }

    private static String label(Cell cell) {
        return cell.kind() == Cell.Kind.NUMBER && cell.text().isBlank() ? TextCells.plainNumber(cell.number())
                : cell.text().strip();
    }

    /** The year cells of the row above the header, by column index. */
    private TreeMap<Integer, Integer> yearCells(List<Cell> above) {
        TreeMap<Integer, Integer> years = new TreeMap<>();
        if (above == null) {
            return years;
        }
        for (int i = 0; i < above.size(); i++) {
            Integer year = year(above.get(i));
            if (year != null) {
                years.put(i, year);
            }
        }
        return years;
    }

    /**
     * The year a cell of the row above gives: a whole number, a date's year, text with one four-digit
     * year and no other digit ({@code 2026}, {@code KPI tracker 2026}), or a fiscal year (the calendar
     * year it starts in, so that its first month gets it).
     */
    private Integer year(Cell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Integer year = null;
        switch (cell.kind()) {
            case NUMBER -> {
                double n = cell.number();
                year = n == Math.rint(n) && Math.abs(n) < 10_000 ? (int) n : null;
            }
            case DATE -> year = cell.date() == null ? null : cell.date().getYear();
            case TEXT -> {
                String text = cell.text().strip();
                Matcher fiscal = FISCAL_YEAR.matcher(text);
                if (fiscal.matches()) {
                    year = fiscalYearStart(fiscal).getYear();
                } else if (DIGITS.matcher(text).matches()) {
                    year = Integer.parseInt(text.replaceAll("\\D", ""));
                }
            }
            default -> year = null;
        }
        return year != null && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
    }

    /** The first day of a fiscal year named by the calendar year it ends in, as the charts label it. */
    private LocalDate fiscalYearStart(Matcher fiscal) {
        String last = fiscal.group(2) != null ? fiscal.group(2) : fiscal.group(1);
        int end = last.length() == 2 ? 2000 + Integer.parseInt(last) : Integer.parseInt(last);
        int start = rules.fiscalYearStart;
        return start == 1 ? LocalDate.of(end, 1, 1) : LocalDate.of(end - 1, start, 1);
    }

    private Place place(int index, String label) {
        return Header.cellPlace(file, sheet, row, index, label);
    }

    /** Total, subtotal, sum, average, YTD and the like: figures Roadcase works out itself. */
    static boolean isSummary(String text) {
        String key = LooseNames.key(text);
        return SUMMARY.contains(key) || key.startsWith("total_") || key.startsWith("subtotal_")
                || key.startsWith("sum_") || key.endsWith("_total") || key.startsWith("average_");
    }

    private static final Set<String> SUMMARY = Set.of("total", "totals", "subtotal", "sub_total", "sum", "average",
            "avg", "mean", "ytd", "year_to_date", "σ", "∑");
}
