package io.roadcase.read;

import io.roadcase.source.Cell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parsers for the text-like cell types of INPUT.md: text, id, list, boolean, url, markdown. Blank gives null. */
public final class TextCells {

    /** What an id may look like, for messages. */
    static final String ID_RULE = "an id (a letter or digit, then up to 63 letters, digits, '.', '_' or '-')";

    private TextCells() {
    }

    /** Trimmed text; a number cell gives its displayed text ({@code 101}, not {@code 101.0}). */
    public static String text(Cell cell) throws BadCell {
        if (cell.isBlank()) {
            return null;
        }
        if (cell.kind() == Cell.Kind.ERROR || cell.kind() == Cell.Kind.FORMULA) {
            throw FoundText.expected("text", cell);
        }
        if (cell.kind() == Cell.Kind.NUMBER && cell.text().isBlank()) {
            return plainNumber(cell.number());
        }
        String text = cell.text().strip();
        return text.isEmpty() ? null : text;
    }

    /** Text kept as written (CommonMark is rendered later, with raw HTML shown as text). */
    public static String markdown(Cell cell) throws BadCell {
        if (cell.isBlank()) {
            return null;
        }
        if (cell.kind() != Cell.Kind.TEXT) {
            return text(cell);
        }
        return cell.text();
    }

    /** An id: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}; a whole number stored as a number gives its digits. */
    public static String id(Cell cell) throws BadCell {
        if (cell.isBlank()) {
            return null;
        }
        if (cell.kind() == Cell.Kind.NUMBER) {
            String shown = cell.text().strip();
            if (isId(shown)) {
                return shown;
            }
            double n = cell.number();
            if (n >= 0 && n == Math.rint(n) && n < 1e15) {
                return Long.toString((long) n);
            }
            throw FoundText.expected(ID_RULE, cell);
        }
        if (cell.kind() != Cell.Kind.TEXT) {
            throw FoundText.expected(ID_RULE, cell);
        }
        String text = cell.text().strip();
        if (!isId(text)) {
            throw FoundText.expected(ID_RULE, cell);
        }
        return text;
    }

    /** Whether a text is a valid id. */
    public static boolean isId(String text) {
        int n = text.length();
        if (n == 0 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    /** Words separated by {@code ,} {@code ;} or line breaks; blanks dropped, repeats kept once. */
    public static List<String> list(Cell cell) throws BadCell {
        String text = text(cell);
        if (text == null) {
            return List.of();
        }
        // A set, not List.contains: a CSV cell may hold a million characters, i.e. many thousand items.
        Set<String> items = new LinkedHashSet<>();
        for (String part : text.split("[,;\\r\\n]+")) {
            String item = part.strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    /**
     * A list of ids; {@code *} is accepted when {@code star} is true (it means "every one").
     * Every item that is not an id is named in the one error for the cell.
     */
    public static List<String> ids(Cell cell, boolean star) throws BadCell {
        List<String> items = list(cell);
        List<String> bad = new ArrayList<>();
        for (String item : items) {
            if (!isId(item) && !(star && item.equals("*"))) {
                bad.add(FoundText.quoted(item));
            }
        }
        if (!bad.isEmpty()) {
            throw new BadCell("expected ids separated by commas" + (star ? " (or * for all)" : "")
                    + ", each " + ID_RULE.substring(3) + ", found " + String.join(", ", bad));
        }
        return items;
    }

    /** {@code yes/no}, {@code true/false}, {@code y/n}, {@code 1/0}, {@code x}; blank is false. */
    public static boolean bool(Cell cell) throws BadCell {
        if (cell.isBlank()) {
            return false;
        }
        if (cell.kind() == Cell.Kind.NUMBER) {
            if (cell.number() == 1) {
                return true;
            }
            if (cell.number() == 0) {
                return false;
            }
        }
        switch (cell.text().strip().toLowerCase(Locale.ROOT)) {
            case "yes": case "true": case "y": case "1": case "x": case "✓": case "✔":
                return true;
            case "no": case "false": case "n": case "0": case "-":
                return false;
            default:
                throw FoundText.expected("yes or no (also true/false, y/n, 1/0, x, or blank for no)", cell);
        }
    }

    /** A link: {@code http://}, {@code https://} or {@code mailto:}; nothing else (no {@code javascript:}). */
    public static String url(Cell cell) throws BadCell {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean scheme = (lower.startsWith("http://") || lower.startsWith("https://")) && text.length() > 8
                || lower.startsWith("mailto:") && text.length() > 7;
        if (!scheme || text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || c == '"' || c == '<' || c == '>')) {
            throw FoundText.expected("a link starting with http://, https:// or mailto:", cell);
        }
        return text;
    }

    /** {@code 101} for 101.0, {@code 2.5} for 2.5. */
    static String plainNumber(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return Double.toString(n);
    }
}
