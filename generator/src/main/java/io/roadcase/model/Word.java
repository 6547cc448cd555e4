package io.roadcase.model;

import java.util.Locale;

/** An enum whose canonical word (used in data.json and on pages) is its name in lower case with dashes. */
public interface Word {

    String name();

    /** The canonical word: {@code IN_PROGRESS} gives {@code in-progress}. */
    default String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
