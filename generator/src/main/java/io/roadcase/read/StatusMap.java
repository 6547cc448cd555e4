package io.roadcase.read;

import io.roadcase.model.Problem;
import io.roadcase.source.Cell;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The setting {@code status_map}: a team's own status words, in any language, mapped to the words
 * Roadcase knows, such as {@code Erledigt=done; In Arbeit=in-progress; Wartet=blocked}. Pairs are
 * separated by {@code ;} or line breaks; each is {@code word=status}, both matched loosely (case,
 * spaces, {@code -} and {@code _} alike). It applies to the {@code status} column of every table; the
 * status must be one that table accepts.
 */
public final class StatusMap {

    /** No mapping: the setting is absent. */
    public static final StatusMap NONE = new StatusMap(Map.of());

    /** The name of a status column: the map applies to it in every table. */
    static final String STATUS = "status";

    private final Map<String, String> targets;

    private StatusMap(Map<String, String> targets) {
        this.targets = targets;
    }

    /** Whether the map applies to a column: the {@code status} column of any table. */
    static boolean appliesTo(Column column) {
        return column.name().equals(STATUS) && column.words() != null;
    }

    /** The status word a team's word maps to, or null. */
    String target(String word) {
        return targets.get(LooseNames.key(word));
    }

    /** The map of the settings' status_map entry; a malformed pair or unknown status is an error at that cell. */
    static StatusMap of(List<SettingsTable.Entry> entries, List<Problem> problems) {
        for (SettingsTable.Entry entry : entries) {
            if (SettingsTable.STATUS_MAP.spellings().stream().map(LooseNames::key).anyMatch(LooseNames.key(entry.key())::equals)) {
                // A repeated key is reported by the settings; the first one counts, as there.
                return parse(entry, problems);
            }
        }
        return NONE;
    }

    private static StatusMap parse(SettingsTable.Entry entry, List<Problem> problems) {
        Cell cell = entry.value();
        if (cell.isBlank() || cell.kind() != Cell.Kind.TEXT) {
            if (!cell.isBlank() && cell.kind() != Cell.Kind.FORMULA) {
                problems.add(Problem.error(entry.valuePlace(), "setting status_map: expected " + RULE + ", found "
                        + FoundText.describe(cell)));
            }
            return NONE;
        }
        Map<String, String> targets = new HashMap<>();
        for (String pair : cell.text().split("[;\\r\\n]+")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            String word = equals < 0 ? "" : pair.substring(0, equals).strip();
            String status = equals < 0 ? "" : pair.substring(equals + 1).strip();
            if (word.isEmpty() || status.isEmpty()) {
                problems.add(Problem.error(entry.valuePlace(), "setting status_map: expected " + RULE + ", found "
                        + FoundText.quoted(pair)));
            } else if (!known(status)) {
                problems.add(Problem.error(entry.valuePlace(), "setting status_map: " + FoundText.quoted(word)
                        + " maps to " + FoundText.quoted(status) + ", which is no status Roadcase knows; use one of "
                        + String.join(", ", statuses())));
            } else {
                targets.put(LooseNames.key(word), status);
            }
        }
        return targets.isEmpty() ? NONE : new StatusMap(Map.copyOf(targets));
    }

    /** What the setting looks like, for messages. */
    static final String RULE = "pairs word=status separated by ; such as \"Erledigt=done; In Arbeit=in-progress\"";

    /** Whether any table's status column accepts the word. */
    private static boolean known(String status) {
        return statusColumns().stream().anyMatch(column -> column.words().find(status) != null);
    }

    /** The canonical status words of every table, each once, for messages. */
    static Set<String> statuses() {
        Set<String> words = new LinkedHashSet<>();
        statusColumns().forEach(column -> words.addAll(column.words().words().keySet()));
        return words;
    }

    private static List<Column> statusColumns() {
        return Tables.ALL.stream().flatMap(table -> table.columns().stream()).filter(StatusMap::appliesTo).toList();
    }
}
