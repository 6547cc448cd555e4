package io.roadcase.source;

import java.time.LocalDateTime;

/**
 * A cell as the spreadsheet holds it, before any table reader interprets it. Formulas arrive as
 * their cached result.
 *
 * @param kind   what the cell holds
 * @param text   the text the spreadsheet displays (for a number, its formatted value such as
 *               {@code 101} or {@code 12%}); empty for a blank cell
 * @param number the numeric value for NUMBER and DATE (the serial date) cells, else 0
 * @param date   the date-time for a DATE cell (a number cell with a date format), else null
 */
public record Cell(Kind kind, String text, double number, LocalDateTime date) {

    /** What a cell holds. BOOLEAN cells have text {@code TRUE}/{@code FALSE}; ERROR cells their error text. */
    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

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

    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }
}
