package io.roadcase.read;

/**
 * A cell that does not hold what its column expects. Thrown by the cell parsers and turned into one
 * error at that cell by the table reader; it carries no stack trace since it is about the user's data.
 */
public final class BadCell extends Exception {

    /** @param message what was expected and what was found, e.g. {@code expected a number, found "abc"} */
    public BadCell(String message) {
        super(message, null, false, false);
    }
}
