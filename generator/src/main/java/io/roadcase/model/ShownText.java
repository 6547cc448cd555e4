package io.roadcase.model;

/**
 * Cell text as pages, charts and briefs show it: cut to a length that suits the place, and without the
 * characters that could break the file or make it read differently from what the data says. data.json
 * keeps the full text as read (escaped by its JSON writer; a lone surrogate as \\uD800).
 *
 * <p>Removed: control characters (C0 and C1, except tab and newline; XML 1.0 forbids most C0 controls, so
 * an SVG holding one no longer parses), the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: a right-to-left override makes {@code fdp.exe} read {@code exe.pdf}), lone surrogates
 * (not text: they break UTF-8 output) and the non-characters U+FFFE and U+FFFF. Right-to-left letters
 * themselves, the marks U+200E, U+200F and U+061C, and the zero-width joiners stay: Hebrew, Arabic,
 * Persian and emoji need them.
 */
public final class ShownText {

    /** The ellipsis that ends a cut text. */
    public static final String ELLIPSIS = "\u2026";

    /** Longest text shown in one place of a page, a table cell of a page included. */
    public static final int PAGE = 500;

    /** Longest text shown in one cell of a brief's table. */
    public static final int BRIEF_CELL = 300;

    /** Longest paragraph a brief shows (narrative markdown is split into paragraphs first). */
    public static final int BRIEF_PARAGRAPH = 5_000;

    private ShownText() {
    }

    /** Whether {@link #clean} removes this character (a code point, or a lone surrogate). */
    public static boolean isRemoved(int c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff;
    }

    /** The text without the characters {@link #isRemoved} names (a carriage return becomes a newline); null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isRemoved(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == n) {
            return text;
        }
        StringBuilder s = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                if (i >= n || text.charAt(i) != '\n') {
                    s.append('\n');
                }
            } else if (!isRemoved(c)) {
                s.appendCodePoint(c);
            }
        }
        return s.toString();
    }

    /**
     * The cleaned text, cut after at most {@code max} characters (never inside a surrogate pair) and ended
     * with {@link #ELLIPSIS} when anything was cut; null stays null. Only the first {@code max} characters
     * are looked at when the text is longer, so a long text costs no more than a short one.
     */
    public static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() <= max) {
            return clean(text);
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return clean(text.substring(0, end)).stripTrailing() + ELLIPSIS;
    }

    /** Whether {@link #cut} would shorten the text. */
    public static boolean isCut(String text, int max) {
        return text != null && text.length() > max;
    }
}
