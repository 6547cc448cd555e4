package io.roadcase.read;

import io.roadcase.source.Cell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words an enum column accepts: each value has a canonical word and aliases, matched loosely
 * ({@link LooseNames#key}). Declared once per column, it drives reading, messages and the docs.
 *
 * @param <V> what a word means: an enum constant or a number (confidence {@code high} = 1.0)
 */
public final class Vocabulary<V> {

    private final Map<String, V> byKey = new HashMap<>();
    private final Map<String, List<String>> aliasesByWord = new LinkedHashMap<>();

    private Vocabulary() {
    }

    /** A vocabulary with its first value. */
    public static <V> Vocabulary<V> of(V value, String word, String... aliases) {
        return new Vocabulary<V>().and(value, word, aliases);
    }

    /** Adds one value with its canonical word and aliases. */
    public Vocabulary<V> and(V value, String word, String... aliases) {
        byKey.put(key(word), value);
        for (String alias : aliases) {
            byKey.put(key(alias), value);
        }
        aliasesByWord.put(word, List.of(aliases));
        return this;
    }

    /** The value of a word, or null when the word is unknown. */
    public V find(String word) {
        return byKey.get(key(word));
    }

    /** {@link LooseNames#key}, with typographic apostrophes as plain ones: {@code Won’t Do} is {@code won't do}. */
    private static String key(String word) {
        return LooseNames.key(word.replace('\u2019', '\'').replace('\u02bc', '\''));
    }

    /** The value of a cell; blank gives null. */
    public V parse(Cell cell) throws BadCell {
        if (cell.isBlank()) {
            return null;
        }
        V value = find(cell.text());
        if (value == null) {
            throw FoundText.expected("one of " + accepted(), cell);
        }
        return value;
    }

    /** The canonical words in order, for messages: {@code planned, in-progress, done}. */
    public String accepted() {
        return String.join(", ", aliasesByWord.keySet());
    }

    /** Canonical word to its aliases, in declaration order (for the docs). */
    public Map<String, List<String>> words() {
        return Collections.unmodifiableMap(aliasesByWord);
    }

    /** Every accepted spelling, canonical words first (for the docs). */
    public List<String> allWords() {
        List<String> all = new ArrayList<>(aliasesByWord.keySet());
        aliasesByWord.values().forEach(all::addAll);
        return all;
    }
}
