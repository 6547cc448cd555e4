package io.roadcase.read;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tables part of {@code docs/input.md}, written from the column declarations so the docs cannot
 * drift from what the reader accepts (a test compares the two).
 */
public final class InputDocs {

    private InputDocs() {
    }

    /** Markdown: one section per table with its columns, then the settings keys. */
    public static String tables() {
        StringBuilder md = new StringBuilder();
        for (Table<?> table : Tables.ALL) {
            md.append("### `").append(table.name()).append('`');
            if (!table.aliases().isEmpty()) {
                md.append(" (also ").append(codes(table.aliases())).append(')');
            }
            md.append("\n\n").append(table.description()).append("\n\n");
            md.append("| column | type | required | aliases | notes |\n|---|---|---|---|---|\n");
            for (Column column : table.columns()) {
                md.append("| `").append(column.name()).append("` | ").append(type(column)).append(" | ")
                        .append(column.required() ? "yes" : "").append(" | ").append(codes(column.aliases()))
                        .append(" | ").append(cell(column.notes())).append(" |\n");
            }
            md.append('\n');
            if (table == Tables.SETTINGS) {
                md.append("Keys (an unknown key is a warning, a key given twice an error):\n\n");
                md.append("| key | type | aliases | notes |\n|---|---|---|---|\n");
                for (Column key : SettingsTable.KEYS) {
                    md.append("| `").append(key.name()).append("` | ").append(type(key)).append(" | ")
                            .append(codes(key.aliases())).append(" | ").append(cell(key.notes())).append(" |\n");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** The type, with the accepted words of an enum-like column: {@code planned} ({@code todo}, …). */
    private static String type(Column column) {
        if (column.words() == null) {
            return column.type().word();
        }
        String words = column.words().words().entrySet().stream().map(InputDocs::word)
                .collect(Collectors.joining(", "));
        return column.type().word() + ": " + words;
    }

    private static String word(Map.Entry<String, List<String>> word) {
        return "`" + word.getKey() + "`" + (word.getValue().isEmpty() ? "" : " (" + codes(word.getValue()) + ")");
    }

    private static String codes(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("*", "\\*");
    }
}
