package io.roadcase.read;

import io.roadcase.source.Cell;
import io.roadcase.source.Decimals;
import io.roadcase.source.SourceRow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for numbers, percents and whole numbers. Blank gives null. */
public final class NumberCells {

    static final String NUMBER = "a number such as 1250, 1,250.50, $1,250 or (1,200)";
    static final String PERCENT = "a percent such as 12%, 0.12 or 12";

    private static final String CURRENCY = "(?:[$€£¥₹]|[A-Z]{3})";

    /**
     * Text numbers: optional parentheses (negative), one sign, a currency symbol or ISO code before or
     * after, thousands separated by commas in groups of three, a decimal point, an exponent, a trailing %.
     * The whitespace and digit runs are possessive ({@code *+}, {@code ++}): nothing after them can start
     * with what they consume, and without that a cell such as {@code "(" + 2,000 spaces + "x"} took
     * minutes to reject (backtracking over every way to split the spaces).
     */
    private static final Pattern TEXT_NUMBER = Pattern.compile(
            "(\\()?\\s*+([-+−])?\\s*+(?:" + CURRENCY + "\\s*+)?([-+−])?\\s*+"
                    + "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?|\\d++(?:\\.\\d*+)?|\\.\\d++)([eE][-+]?\\d{1,3})?"
                    + "\\s*+(?:" + CURRENCY + "\\s*+)?(%)?\\s*+(?:" + CURRENCY + "\\s*+)?(\\))?");

    private NumberCells() {
    }

    /** A number cell, or text such as {@code 1,250.50}, {@code $1,250}, {@code € 3.5}, {@code (1,200)}, {@code 12%}. */
    public static Double number(Cell cell) throws BadCell {
        if (cell.isBlank()) {
            return null;
        }
        switch (cell.kind()) {
            case NUMBER:
                return finite(cell.number(), cell);
            case TEXT:
                Double value = parse(cell.text());
                if (value == null) {
                    throw FoundText.expected(NUMBER, cell);
                }
                return value;
            default:
                throw FoundText.expected(NUMBER, cell);
        }
    }

    /**
     * {@link #number(Cell)} of a column of a row as a {@code double}, NaN for a blank cell. General
     * numbers and plain decimal text are read in place: a million-row table is nearly all of these.
     * Any other cell is made and parsed as {@link #number(Cell)} does, with its messages.
     */
    public static double value(SourceRow row, int column) throws BadCell {
        switch (row.kind(column)) {
            case BLANK -> {
                return Double.NaN;
            }
            case NUMBER -> {
                double value = row.number(column);
                if (Double.isFinite(value)) {
                    return value;
                }
            }
            case TEXT -> {
                // Plain decimal text has no spaces to strip, and Decimals gives parseDouble's value.
                double value = Decimals.parse(row.text(column));
                if (!Double.isNaN(value)) {
                    return value;
                }
            }
            default -> {
            }
        }
        // Never null: only a blank cell gives null.
        return number(row.cell(column));
    }

    /**
     * A fraction: {@code 12%} and {@code 0.12} give 0.12; a plain number above 1 is a percent
     * ({@code 12} gives 0.12), so {@code 1} means 100 %.
     */
    /**
     * A discount rate: a percent above -100 % (at -100 % or below every discount factor is infinite or
     * negative, so NPV has no meaning).
     */
    public static Double discountRate(Cell cell) throws BadCell {
        Double rate = percent(cell);
        if (rate != null && !(rate > -1)) {
            throw FoundText.expected("a discount rate above -100 % (such as 8%)", cell);
        }
        return rate;
    }

    public static Double percent(Cell cell) throws BadCell {
        if (cell.isBlank()) {
            return null;
        }
        double value;
        if (cell.kind() == Cell.Kind.NUMBER) {
            value = finite(cell.number(), cell);
        } else if (cell.kind() == Cell.Kind.TEXT) {
            Double parsed = parse(cell.text());
            if (parsed == null) {
                throw FoundText.expected(PERCENT, cell);
            }
            value = parsed;
        } else {
            throw FoundText.expected(PERCENT, cell);
        }
        // A % in the text (typed, or the display of a percent-formatted cell) means value is a fraction already.
        boolean written = cell.text().indexOf('%') >= 0;
        return written || value <= 1 ? value : value / 100;
    }

    /** A whole number (a number cell or text) that fits an int. */
    public static Integer whole(Cell cell, String what) throws BadCell {
        Double value;
        try {
            value = number(cell);
        } catch (BadCell e) {
            throw FoundText.expected(what, cell);
        }
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw FoundText.expected(what, cell);
        }
        return value.intValue();
    }

    /** The number a text shows, or null when it is not one. */
    static Double parse(String text) {
        String s = text.strip();
        if (isPlain(s)) {
            return Double.parseDouble(s);
        }
        Matcher m = TEXT_NUMBER.matcher(s.replace('\u00a0', ' ').replace('\u202f', ' '));
        if (!m.matches()) {
            return null;
        }
        boolean open = m.group(1) != null;
        boolean close = m.group(7) != null;
        if (open != close || (m.group(2) != null && m.group(3) != null)) {
            return null;
        }
        String sign = m.group(2) != null ? m.group(2) : m.group(3);
        boolean negative = open ^ (sign != null && !sign.equals("+"));
        String digits = m.group(4).replace(",", "");
        int exponent = m.group(5) == null ? 0 : Integer.parseInt(m.group(5).substring(1));
        // A % moves the exponent, so 1.4% is read as 1.4e-2 = 0.014; dividing the double 1.4 by 100
        // would give 0.013999999999999999.
        if (m.group(6) != null) {
            exponent -= 2;
        }
        double value = Double.parseDouble(exponent == 0 ? digits : digits + "e" + exponent);
        if (!Double.isFinite(value)) {
            return null;
        }
        return negative ? -value : value;
    }

    /** Fast path for the common {@code -12.5}: digits, at most one point, an optional leading minus. */
    private static boolean isPlain(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return false;
        }
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else if (!(c == '-' && i == 0)) {
                return false;
            }
        }
        return digits > 0;
    }

    private static double finite(double value, Cell cell) throws BadCell {
        if (!Double.isFinite(value)) {
            throw FoundText.expected(NUMBER, cell);
        }
        return value;
    }
}
