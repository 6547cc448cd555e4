package io.roadcase.read.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool export's header row seen through one preset: for each field, the columns that may hold it in
 * the preset's order of preference. A header repeated across columns ({@code Labels}, {@code Sprint},
 * {@code Comment}) is one group of columns whose cells are read together.
 */
public final class ExportHeader {

    /** The header texts by column (null for a blank header cell). */
    private final List<String> texts;
    private final Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    private final Map<Field, List<List<Integer>>> fields = new EnumMap<>(Field.class);
    private final List<List<Integer>> extras = new ArrayList<>();

    ExportHeader(ToolExport preset, List<String> texts) {
        this.texts = texts;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null) {
                byKey.computeIfAbsent(preset.headerKey(texts.get(i)), k -> new ArrayList<>()).add(i);
            }
        }
        Set<String> used = new HashSet<>();
        for (Field field : Field.values()) {
            List<List<Integer>> groups = new ArrayList<>();
            for (String spelling : preset.spellings(field)) {
                String key = preset.headerKey(spelling);
                List<Integer> group = byKey.get(key);
                if (group != null && !groups.contains(group)) {
                    groups.add(group);
                    // The type and the theme's columns (labels, components) stay visible on the item's page
                    // as they are; the other fields become roadmap columns.
                    if (field != Field.TYPE && field != Field.THEME) {
                        used.add(key);
                    }
                }
            }
            fields.put(field, List.copyOf(groups));
        }
        for (Map.Entry<String, List<Integer>> column : byKey.entrySet()) {
            if (!used.contains(column.getKey()) && !preset.ignores(column.getKey())) {
                extras.add(column.getValue());
            }
        }
    }

    /** Whether a header with this spelling (loosely) is present. */
    boolean has(ToolExport preset, String spelling) {
        return byKey.containsKey(preset.headerKey(spelling));
    }

    /** The column groups that may hold a field, most preferred first. */
    List<List<Integer>> groups(Field field) {
        return fields.get(field);
    }

    /** Whether the export has a column for the field. */
    public boolean has(Field field) {
        return !fields.get(field).isEmpty();
    }

    /** Column groups kept as extra fields of the item, in header order. */
    List<List<Integer>> extras() {
        return extras;
    }

    /** The header text of a column as written. */
    public String text(int column) {
        return texts.get(column);
    }

    /** How many columns the header spans. */
    public int width() {
        return texts.size();
    }
}
