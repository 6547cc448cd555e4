package io.roadcase.model;

import java.util.Comparator;

/**
 * One finding about the data: its level, where it is, and a message that says what was expected
 * and what was found. A problem about two places (a duplicate id) names both.
 *
 * @param level   error, warning or info
 * @param place   where; may be null for problems about the whole data set
 * @param other   the second place of a two-place problem, else null
 * @param message what was expected and what was found
 */
public record Problem(Level level, Place place, Place other, String message)
        implements java.io.Serializable {

    /** Severity of a problem. Any error means no output is published. */
    public enum Level {
        ERROR, WARNING, INFO;

        /** The lower-case word used in data.json and in messages. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Order used for reports: by file, sheet, line/row, column, then message. */
    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.place() == null ? "" : nullToEmpty(p.place().file()))
            .thenComparing(p -> p.place() == null ? "" : nullToEmpty(p.place().sheet()))
            .thenComparingInt(p -> p.place() == null ? 0 : rowOf(p.place()))
            .thenComparingInt(p -> p.place() == null ? 0 : columnOf(p.place()))
            .thenComparing(Problem::message);

    public static Problem error(Place place, String message) {
        return new Problem(Level.ERROR, place, null, message);
    }

    public static Problem warning(Place place, String message) {
        return new Problem(Level.WARNING, place, null, message);
    }

    public static Problem info(Place place, String message) {
        return new Problem(Level.INFO, place, null, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** One line for a terminal or a build log: {@code error: roadmap.xlsx, sheet Roadmap, cell E7: message}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(level.word()).append(": ");
        if (place != null) {
            s.append(place).append(": ");
        }
        s.append(message);
        if (other != null) {
            s.append(" (also at ").append(other).append(')');
        }
        // Cell text quoted in a message must not reorder or hide the line on a terminal (bidi, controls).
        return VisibleText.of(s.toString());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int rowOf(Place p) {
        if (p.line() != null) {
            return p.line();
        }
        if (p.cell() == null) {
            return 0;
        }
        int i = 0;
        while (i < p.cell().length() && Character.isLetter(p.cell().charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(p.cell().substring(i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int columnOf(Place p) {
        if (p.cell() == null) {
            return 0;
        }
        int col = 0;
        for (int i = 0; i < p.cell().length() && Character.isLetter(p.cell().charAt(i)); i++) {
            col = col * 26 + (Character.toUpperCase(p.cell().charAt(i)) - 'A' + 1);
        }
        return col;
    }
}
