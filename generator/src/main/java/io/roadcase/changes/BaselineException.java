package io.roadcase.changes;

/** A baseline that cannot be used: missing, unreachable, not a data.json, or of another schema version. */
public final class BaselineException extends Exception {

    public BaselineException(String message) {
        super(message);
    }

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
