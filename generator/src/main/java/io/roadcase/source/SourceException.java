package io.roadcase.source;

/** A file cannot be read at all (encrypted, truncated, not a spreadsheet, a zip bomb...). */
public class SourceException extends Exception {

    /** @param message one line for the user, without the file name (the caller adds the place) */
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
