package io.roadcase.read.export;

import io.roadcase.read.LooseNames;
import java.text.Normalizer;

/**
 * Loose matching of export headers and words: as {@link LooseNames#key}, and accents and a trailing colon
 * do not count, so {@code État}, {@code Etat} and {@code etat:} are one word.
 */
final class HeaderNames {

    private HeaderNames() {
    }

    static String key(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (plain.endsWith(":")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return LooseNames.key(plain.replace('’', '\''));
    }
}
