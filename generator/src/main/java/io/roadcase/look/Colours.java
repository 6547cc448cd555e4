package io.roadcase.look;

import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.RiskRating;
import io.roadcase.model.Settings;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The colours of every output: the colour-blind-safe series palette (Okabe–Ito), ink and rules, status
 * colours and the brand colour. Charts also say every status in words, so no colour carries meaning alone.
 */
public final class Colours {

    /** Okabe–Ito colours, in the order series use them (yellow last: weak on white). */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000), new Color(0xF0E442));

    public static final Color INK = new Color(0x1F2933);
    public static final Color MUTED = new Color(0x5F6B7A);
    public static final Color AXIS = new Color(0x9AA5B1);
    public static final Color GRID = new Color(0xE4E7EB);
    public static final Color BAND = new Color(0xF5F7FA);
    public static final Color BACKGROUND = Color.WHITE;

    /** Status colours; every chart also says the status in words. */
    public static final Color GREEN = new Color(0x009E73);
    public static final Color AMBER = new Color(0xE69F00);
    public static final Color RED = new Color(0xD55E00);
    public static final Color GREY = new Color(0x8D96A0);

    /** Money going out and coming in. */
    public static final Color COST = new Color(0xD55E00);
    public static final Color BENEFIT = new Color(0x009E73);

    /** The brand colour when the settings name none. */
    public static final Color DEFAULT_BRAND = new Color(0x1F5FAD);

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Colours() {
    }

    /** The brand colour the settings name, or the default one when the setting is missing or not a colour. */
    public static Color brand(Settings settings) {
        return brand(settings.brandColor());
    }

    /** A {@code #rrggbb} colour (spaces around it allowed), or the default brand colour for anything else. */
    public static Color brand(String hex) {
        String h = hex == null ? "" : hex.strip();
        return HEX.matcher(h).matches() ? new Color(Integer.parseInt(h.substring(1), 16)) : DEFAULT_BRAND;
    }

    /** The i-th series colour, cycling. */
    public static Color series(int i) {
        return PALETTE.get(Math.floorMod(i, PALETTE.size()));
    }

    /** A colour as CSS writes it: {@code #1f5fad}. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** A colour mixed with white: {@code amount} 0 keeps it, 1 gives white. */
    public static Color tint(Color c, double amount) {
        return new Color(mix(c.getRed(), amount), mix(c.getGreen(), amount), mix(c.getBlue(), amount));
    }

    private static int mix(int v, double amount) {
        return (int) Math.round(v + (255 - v) * amount);
    }

    public static Color kpiStatus(KpiStatus status) {
        if (status == null) {
            return GREY;
        }
        return switch (status) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case NO_TARGET, NO_DATA -> GREY;
        };
    }

    public static Color initiativeStatus(InitiativeStatus status) {
        if (status == null) {
            return GREY;
        }
        return switch (status) {
            case PLANNED -> new Color(0x56B4E9);
            case IN_PROGRESS -> new Color(0x0072B2);
            case DONE -> GREEN;
            case AT_RISK -> AMBER;
            case BLOCKED -> RED;
            case CANCELLED -> GREY;
        };
    }

    /** Cell colours of the risk heat map: light enough to carry dark labels. */
    public static Color riskRating(RiskRating rating) {
        return switch (rating) {
            case LOW -> new Color(0xD4EFE5);
            case MEDIUM -> new Color(0xFBEBC4);
            case HIGH -> new Color(0xF6C9A6);
            case CRITICAL -> new Color(0xEE9E84);
        };
    }
}
