package io.roadcase.site;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the pages of one run may take to render, all together. A user template can loop for ever
 * ({@code <#list 1..999999999 as i>}); when the budget runs out the run stops with an error naming the
 * template, nothing is published and the output folder's lock is released.
 */
public final class RenderBudget {

    /** The default: generous, a 10,000-initiative portfolio renders in well under a minute. */
    public static final Duration DEFAULT = Duration.ofMinutes(5);

    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min|h)?");

    private RenderBudget() {
    }

    /**
     * Reads {@code 300}, {@code 300s}, {@code 5m}, {@code 2h}, {@code 500ms} or ISO-8601 {@code PT5M}.
     *
     * @throws IllegalArgumentException for anything else, zero or a negative time
     */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            d = switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        } else {
            try {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("expected a time such as 300s, 5m or PT5M, found \"" + text + "\"");
            }
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("expected a time above zero, found \"" + text + "\"");
        }
        return d;
    }

    /** {@code 5 min}, {@code 30 s}, {@code 200 ms}. */
    static String words(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.toSeconds() % 60 != 0 || d.toSeconds() < 60) {
            return d.toSeconds() + " s";
        }
        return d.toMinutes() + " min";
    }
}
