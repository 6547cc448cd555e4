package io.roadcase.look;

/**
 * Text written into XML by hand (the chart SVGs, the cleaned SVG logo): markup escaped, and the
 * characters XML 1.0 forbids (controls other than tab and line breaks, lone surrogates, U+FFFE and
 * U+FFFF) dropped, so what comes out always parses.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Element content. */
    public static String content(String text) {
        return escaped(text, false);
    }

    /** An attribute value in double quotes: quotes and tabs and line breaks escaped too, so they survive. */
    public static String attribute(String value) {
        return escaped(value, true);
    }

    /** Appends {@link #content} or {@link #attribute} of the text. */
    public static void append(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (allowed(text, i)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static String escaped(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\r' || c < 0x20 || c >= 0xD800) {
                StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
                append(text.substring(i), attribute, out);
                return out.toString();
            }
        }
        return text; // nothing to escape or drop, as for most numbers, styles and labels
    }

    /** Whether the character at {@code i} may stand in XML 1.0. */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c >= 0x20 && c < 0xFFFE;
    }
}
