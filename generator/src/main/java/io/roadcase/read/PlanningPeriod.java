package io.roadcase.read;

import io.roadcase.source.Cell;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of an objective: a quarter ({@code Q3 2026}, {@code 2026-Q3}), a half ({@code H1 2026},
 * {@code 2026-H1}) or a year ({@code 2026}, as text or number), with its first and last day.
 *
 * @param label the period as the pages show it: {@code Q3 2026}, {@code H1 2026} or {@code 2026}
 */
record PlanningPeriod(String label, LocalDate start, LocalDate end) {

    static final String EXPECTED = "a quarter, half or year such as Q3 2026, 2026-Q3, H1 2026 or 2026";

    private static final Pattern QUARTER_YEAR = Pattern.compile("[Qq]([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[Qq]([1-4])");
    private static final Pattern HALF_YEAR = Pattern.compile("[Hh]([12])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern YEAR_HALF = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[Hh]([12])");
    private static final Pattern YEAR = Pattern.compile("(?:FY\\s*)?(\\d{4})", Pattern.CASE_INSENSITIVE);

    static PlanningPeriod parse(Cell cell) throws BadCell {
        if (cell.kind() == Cell.Kind.NUMBER) {
            double n = cell.number();
            if (n == Math.rint(n) && n >= DateCells.FIRST_YEAR && n <= DateCells.LAST_YEAR) {
                return year((int) n);
            }
            throw FoundText.expected(EXPECTED, cell);
        }
        if (cell.kind() != Cell.Kind.TEXT) {
            throw FoundText.expected(EXPECTED, cell);
        }
        String text = cell.text().strip();
        Matcher m;
        if ((m = QUARTER_YEAR.matcher(text)).matches()) {
            return quarter(num(m, 2), num(m, 1), cell);
        }
        if ((m = YEAR_QUARTER.matcher(text)).matches()) {
            return quarter(num(m, 1), num(m, 2), cell);
        }
        if ((m = HALF_YEAR.matcher(text)).matches()) {
            return half(num(m, 2), num(m, 1), cell);
        }
        if ((m = YEAR_HALF.matcher(text)).matches()) {
            return half(num(m, 1), num(m, 2), cell);
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return year(checked(num(m, 1), cell));
        }
        throw FoundText.expected(EXPECTED, cell);
    }

    private static PlanningPeriod year(int year) {
        return new PlanningPeriod(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static PlanningPeriod quarter(int year, int quarter, Cell cell) throws BadCell {
        YearMonth first = YearMonth.of(checked(year, cell), quarter * 3 - 2);
        return new PlanningPeriod("Q" + quarter + " " + year, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    private static PlanningPeriod half(int year, int half, Cell cell) throws BadCell {
        YearMonth first = YearMonth.of(checked(year, cell), half * 6 - 5);
        return new PlanningPeriod("H" + half + " " + year, first.atDay(1), first.plusMonths(5).atEndOfMonth());
    }

    private static int checked(int year, Cell cell) throws BadCell {
        if (year < DateCells.FIRST_YEAR || year > DateCells.LAST_YEAR) {
            throw new BadCell("expected " + EXPECTED + ", found " + FoundText.describe(cell) + ", whose year is outside "
                    + DateCells.FIRST_YEAR + " to " + DateCells.LAST_YEAR);
        }
        return year;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
