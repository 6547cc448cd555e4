package io.roadcase.read;

import java.util.List;

/**
 * One column of a table, declared once: reading, the "missing column" error, accepted words in
 * messages and the docs all follow from it. {@code name} is also the field name in an
 * {@link io.roadcase.model.Origin}'s columns map.
 *
 * @param words the accepted words of an enum-like column, else null
 */
public record Column(String name, ColumnType type, boolean required, List<String> aliases, Vocabulary<?> words,
        String notes) {

    /** An optional column without aliases or notes. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, false, List.of(), null, "");
    }

    public Column asRequired() {
        return new Column(name, type, true, aliases, words, notes);
    }

    public Column aliases(String... more) {
        return new Column(name, type, required, List.of(more), words, notes);
    }

    public Column words(Vocabulary<?> accepted) {
        return new Column(name, type, required, aliases, accepted, notes);
    }

    public Column notes(String text) {
        return new Column(name, type, required, aliases, words, text);
    }

    /** The name and every alias, as written in the declaration. */
    public List<String> spellings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
