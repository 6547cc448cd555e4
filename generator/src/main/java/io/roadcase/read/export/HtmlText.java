package io.roadcase.read.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of the simple HTML a tool keeps rich text in: blocks and breaks become lines, list items bullets. */
final class HtmlText {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private HtmlText() {
    }

    static String text(String html) {
        String s = html.replaceAll("(?is)<(script|style)\\b.*?</\\1\\s*>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li\\b[^>]*>", "\n- ")
                .replaceAll("(?i)</(p|div|h[1-6]|ul|ol|tr)\\s*>", "\n\n")
                .replaceAll("<[^>]*>", "");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
            }
        };
    }
}
