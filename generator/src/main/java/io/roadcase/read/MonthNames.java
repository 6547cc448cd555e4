package io.roadcase.read;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month names without a year, as KPI trackers head their columns ({@code Jan}, {@code Feb}, {@code März},
 * {@code janv.}, {@code ene}, {@code mrt}), in the languages of {@link #LANGUAGES}: full and short names
 * from the JDK's locale data, their first three letters where that is how the language abbreviates,
 * and a few spellings spreadsheets use ({@code Sept}, {@code Mrz}). Case, accents and a final dot
 * do not matter.
 */
final class MonthNames {

    /** The languages whose month names are read, for the docs. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi",
            "pl");

    /** Languages that abbreviate a month by its first three letters ({@code Dez}, {@code gen}, {@code ago}). */
    private static final List<String> THREE_LETTER = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da",
            "nb");

    private static final Map<String, Month> BY_KEY = names();

    private MonthNames() {
    }

    /** The month a header names, or null when it is not a month name on its own. */
    static Month of(String text) {
        return BY_KEY.get(key(text));
    }

    /** Lower case, no accents, no final dot: {@code Févr.} gives {@code fevr}. */
    static String key(String text) {
        String s = text.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Month> names() {
        Map<String, Month> names = new HashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (Month month : Month.values()) {
                for (TextStyle style : TextStyle.values()) {
                    if (style != TextStyle.NARROW && style != TextStyle.NARROW_STANDALONE) {
                        names.putIfAbsent(key(month.getDisplayName(style, locale)), month);
                    }
                }
            }
        }
        // A three-letter prefix names a month only when no two months of these languages share it
        // (French juin and juillet both start with "jui"), and never overrides a name above
        // (Finnish marraskuu, November, starts with "mar").
        Map<String, Month> prefixes = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String language : THREE_LETTER) {
            Locale locale = Locale.forLanguageTag(language);
            for (Month month : Month.values()) {
                String full = key(month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
                String prefix = full.substring(0, Math.min(3, full.length()));
                Month before = prefixes.putIfAbsent(prefix, month);
                if (before != null && before != month) {
                    shared.add(prefix);
                }
            }
        }
        shared.forEach(prefixes::remove);
        prefixes.forEach(names::putIfAbsent);
        names.putIfAbsent("sept", Month.SEPTEMBER);
        names.putIfAbsent("mrz", Month.MARCH);
        return Map.copyOf(names);
    }
}
