package io.roadcase.source;

import java.time.LocalDateTime;

/**
 * A cell as the spreadsheet holds it, before any table reader interprets it. Formulas arrive as
 * their cached result; a formula whose result was never saved (a workbook written by a program and
 * never opened in a spreadsheet application) arrives as {@link Kind#FORMULA}, never as blank.
 *
 * @param kind   what the cell holds
 * @param text   the text the spreadsheet displays (for a number, its formatted value such as
 *               {@code 101} or {@code 12%}); empty for a blank cell
 * @param number the numeric value for NUMBER and DATE (the serial date) cells, else 0
 * @param date   the date-time for a DATE cell (a number cell with a date format), else null
 */
public record Cell(Kind kind, String text, double number, LocalDateTime date) {

    /**
     * What a cell holds. BOOLEAN cells have text {@code TRUE}/{@code FALSE}; ERROR cells their error text;
     * FORMULA cells (a formula without a saved result) the formula when the file gives it, else empty.
     */
    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR, FORMULA }

    public static final Cell BLANK = new Cell(Kind.BLANK, "", 0, null);

    public static Cell text(String text) {
        return text == null || text.isBlank() ? BLANK : new Cell(Kind.TEXT, text, 0, null);
    }

    public static Cell number(double value, String displayed) {
        return new Cell(Kind.NUMBER, displayed, value, null);
    }

    public static Cell date(LocalDateTime date, double serial, String displayed) {
        return new Cell(Kind.DATE, displayed, serial, date);
    }

    /** A formula without a saved result; {@code formula} without the leading {@code =}, or empty when unknown. */
    public static Cell formula(String formula) {
        return new Cell(Kind.FORMULA, formula == null ? "" : formula, 0, null);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }
}
