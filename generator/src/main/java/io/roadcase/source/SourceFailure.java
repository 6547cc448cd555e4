package io.roadcase.source;

/**
 * Carries a file problem out of a parser callback (SAX, HSSF listener), where a checked
 * {@link SourceException} cannot be thrown; {@link Sources} turns it back into one.
 */
final class SourceFailure extends RuntimeException {

    SourceFailure(String message) {
        super(message, null, false, false);
    }
}
