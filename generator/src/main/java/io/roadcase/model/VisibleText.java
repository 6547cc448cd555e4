package io.roadcase.model;

/**
 * Text made safe to show on a terminal or in a log: bidi controls (U+202A–U+202E, U+2066–U+2069,
 * U+200E, U+200F, U+061C), which can make a message read differently from what it says, and control
 * characters (C0 and C1, except tab and newline), which can move a terminal's cursor, are shown as
 * {@code <U+202E>} instead. data.json keeps the characters (escaped by its JSON writer).
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** Whether a character is one that {@link #of} replaces. */
    public static boolean isHidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /** The text with every hidden character written as {@code <U+XXXX>}; null stays null. */
    public static String of(String text) {
        if (text == null || text.codePoints().noneMatch(VisibleText::isHidden)) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                s.append(String.format(java.util.Locale.ROOT, "<U+%04X>", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }
}
