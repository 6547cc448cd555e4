package io.roadcase.read;

import io.roadcase.source.Cell;

/** Describes what a cell holds for the "found ..." part of a message, short and on one line. */
final class FoundText {

    private static final int LONGEST = 60;

    private FoundText() {
    }

    /** {@code "next spring"} for text, {@code 3.5} for a number, {@code the error #DIV/0!} for an error cell. */
    static String describe(Cell cell) {
        switch (cell.kind()) {
            case BLANK:
                return "nothing";
            case ERROR:
                return "the spreadsheet error " + oneLine(cell.text());
            case FORMULA:
                return UnsavedFormulas.what(cell.text());
            case NUMBER:
                return "the number " + oneLine(cell.text());
            case DATE:
                return "the date " + (cell.date() == null ? oneLine(cell.text()) : cell.date().toLocalDate());
            case BOOLEAN:
                return oneLine(cell.text());
            default:
                return quoted(cell.text());
        }
    }

    /** The text in double quotes, shortened and with line breaks shown as spaces. */
    static String quoted(String text) {
        return '"' + oneLine(text) + '"';
    }

    private static String oneLine(String text) {
        String s = text.strip().replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ");
        return s.length() > LONGEST ? s.substring(0, LONGEST) + "…" : s;
    }

    /** {@code expected <what>, found <cell>}: the shape of every bad-cell message. */
    static BadCell expected(String what, Cell cell) {
        return new BadCell("expected " + what + ", found " + describe(cell));
    }
}
