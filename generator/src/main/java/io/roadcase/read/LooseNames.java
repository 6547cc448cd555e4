package io.roadcase.read;

import java.util.Locale;

/** Loose matching of table, column and enum names: case-insensitive, space, {@code -} and {@code _} alike. */
public final class LooseNames {

    private LooseNames() {
    }

    /** The key two names share when they match loosely: {@code KPI Values} and {@code kpi-values} give {@code kpi_values}. */
    public static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '-' || c == '_' || Character.isWhitespace(c) || c == '\u00a0') {
                gap = key.length() > 0;
            } else {
                if (gap) {
                    key.append('_');
                    gap = false;
                }
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The edit distance of two names' keys (insertions, deletions, substitutions and swaps of two
     * neighbours each count 1), stopping early above {@code limit}: then it returns {@code limit + 1}.
     */
    public static int distance(String a, String b, int limit) {
        String x = key(a);
        String y = key(b);
        if (Math.abs(x.length() - y.length()) > limit) {
            return limit + 1;
        }
        int[] previous2 = new int[y.length() + 1];
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d = Math.min(d, previous2[j - 2] + 1);
                }
                current[j] = d;
                best = Math.min(best, d);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] rotate = previous2;
            previous2 = previous;
            previous = current;
            current = rotate;
        }
        return Math.min(previous[y.length()], limit + 1);
    }

    /** How far apart two names may be to look alike: 1 for short names, up to 3 for long ones. */
    static int closeness(String name) {
        int length = key(name).length();
        return length <= 4 ? 1 : length <= 9 ? 2 : 3;
    }
}
