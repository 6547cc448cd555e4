package io.roadcase.source;

/**
 * Wraps an exception thrown by the caller's visitor or sink, so that a bug in a table reader is
 * passed on as it is instead of being reported as a damaged file.
 */
final class VisitorFailure extends RuntimeException {

    VisitorFailure(RuntimeException cause) {
        super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }
}
