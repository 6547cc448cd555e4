package io.roadcase.read.export;

import io.roadcase.model.InitiativeStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One tool's export format, declared once: how its header row is recognised, which of its columns
 * (in every UI language supported) hold each {@link Field}, what its status words mean, and which of
 * its issue types are epics or sub-tasks. A subclass declares all of it in its constructor and
 * overrides a hook where its tool writes a value its own way.
 */
public abstract class ToolExport {

    /** How surely a header row is this tool's export. */
    public enum Match {
        /** Not this tool. */
        NONE,
        /** This tool's columns, but generic enough that a sheet named after a table stays that table. */
        WEAK,
        /** Columns only this tool writes. */
        STRONG
    }

    private final String name;
    private final Map<Field, List<String>> spellings = new EnumMap<>(Field.class);
    private final Map<String, InitiativeStatus> statuses = new HashMap<>();
    private final Set<String> topTypes = new LinkedHashSet<>();
    private final Set<String> subTaskTypes = new HashSet<>();
    private final Set<String> ignored = new HashSet<>();

    protected ToolExport(String name) {
        this.name = name;
        for (Field field : Field.values()) {
            spellings.put(field, new ArrayList<>());
        }
    }

    /** The tool's name in messages: {@code Jira}. */
    public final String name() {
        return name;
    }

    /** How surely this header row is this tool's export. */
    protected abstract Match recognise(ExportHeader header);

    /** Declares the headers that may hold a field, most preferred first. */
    protected final void column(Field field, String... headers) {
        spellings.get(field).addAll(List.of(headers));
    }

    /** Declares status words of the tool (in any language) that mean one roadmap status. */
    protected final void status(InitiativeStatus status, String... words) {
        for (String word : words) {
            statuses.put(HeaderNames.key(word), status);
        }
    }

    /** Issue types that belong on a roadmap by default when the export has any (epics, initiatives). */
    protected final void topTypes(String... types) {
        for (String type : types) {
            topTypes.add(HeaderNames.key(type));
        }
    }

    /** Issue types that never belong on a roadmap by default (sub-tasks). */
    protected final void subTaskTypes(String... types) {
        for (String type : types) {
            subTaskTypes.add(HeaderNames.key(type));
        }
    }

    /** Columns that only the tool itself uses (internal ids, view times): not kept as extra fields. */
    protected final void ignore(String... headers) {
        for (String header : headers) {
            ignored.add(headerKey(header));
        }
    }

    /** The headers declared for a field. */
    public final List<String> spellings(Field field) {
        return Collections.unmodifiableList(spellings.get(field));
    }

    /** The roadmap status a word of this tool means, or null when the word is not one of its own. */
    public final InitiativeStatus status(String word) {
        return word == null ? null : statuses.get(HeaderNames.key(word));
    }

    /** Whether an issue type is an epic or initiative. */
    final boolean isTopType(String type) {
        return type != null && topTypes.contains(HeaderNames.key(type));
    }

    /** Whether an issue type is a sub-task. */
    final boolean isSubTaskType(String type) {
        return type != null && subTaskTypes.contains(HeaderNames.key(type));
    }

    /** The default roadmap types in declaration order, for messages. */
    final Set<String> topTypeKeys() {
        return topTypes;
    }

    final boolean ignores(String headerKey) {
        return ignored.contains(headerKey);
    }

    /** The key two spellings of a header share; a tool may also drop its own decorations. */
    protected String headerKey(String header) {
        return HeaderNames.key(header);
    }

    /**
     * Whether a row with a parent is a sub-item that stays off the roadmap by default (for tools whose
     * export has no issue type; in Jira a story's parent is its epic, which says nothing of its level).
     */
    protected boolean parentMeansSubItem() {
        return false;
    }

    /** The item's key: the key column as written. */
    protected String key(ExportRow row) {
        return row.text(Field.KEY);
    }

    /** What a reference to another row (a parent, a blocker) names: a key, an id or a title, as written. */
    protected String reference(String text) {
        return text;
    }

    /** The item's title. */
    protected ExportRow.Value title(ExportRow row) {
        return row.first(Field.TITLE);
    }

    /** The item's theme from the export's own columns: the first item of the first theme column that has one. */
    protected ExportRow.Value theme(ExportRow row) {
        ExportRow.Value value = row.joined(Field.THEME, "\n");
        return value == null ? null : value.as(ExportRow.split(value.text()).get(0));
    }

    /** The item's description. */
    protected ExportRow.Value description(ExportRow row) {
        return row.joined(Field.DESCRIPTION, "\n\n");
    }

    /**
     * The roadmap status of a row, with the cell it came from: the tool's own word, else its status
     * category, else the word as written (the generic words and the setting {@code status_map} then apply).
     */
    protected ExportRow.Value status(ExportRow row) {
        ExportRow.Value word = row.first(Field.STATUS);
        if (word != null && status(word.text()) != null) {
            return word.as(canonical(status(word.text())));
        }
        ExportRow.Value category = row.first(Field.STATUS_CATEGORY);
        if (category != null && status(category.text()) != null) {
            return category.as(canonical(status(category.text())));
        }
        return word;
    }

    /** The roadmap's own word for a status: {@code in-progress}. */
    static String canonical(InitiativeStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
