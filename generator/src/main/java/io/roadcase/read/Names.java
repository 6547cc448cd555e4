package io.roadcase.read;

import java.util.Locale;

/** Loose matching of table, column and enum names: case-insensitive, space, {@code -} and {@code _} alike. */
public final class Names {

    private Names() {
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
}
