package io.roadcase.source;

/** Keeps messages shown to users on one short line. */
final class Messages {

    private static final int MAX_LENGTH = 160;

    private Messages() {
    }

    /** A throwable's message (or its type when it has none) on one short line. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        return shorten(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }

    /** Text on one line, control characters removed, cut to a readable length. */
    static String shorten(CharSequence text) {
        String line = text.toString().replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 3) + "...";
    }
}
