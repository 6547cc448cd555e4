package io.roadcase.site;

import io.roadcase.look.Colours;

/**
 * The brand colour from the settings and the text colour that stays readable on it (WCAG AA, 4.5:1),
 * so any brand colour gives an accessible page header.
 *
 * @param color the brand colour as {@code #rrggbb}
 * @param text  white or near-black, whichever contrasts more with the brand colour
 */
public record Brand(String color, String text) {

    static final String DEFAULT_COLOR = Colours.hex(Colours.DEFAULT_BRAND);
    private static final String WHITE = "#ffffff";
    private static final String INK = "#111827";

    /** The brand of a settings colour; anything that is not {@code #rrggbb} gives the default colour. */
    static Brand of(String color) {
        String c = Colours.hex(Colours.brand(color)); // the charts' and the briefs' brand colour
        double l = luminance(c);
        double onWhite = 1.05 / (l + 0.05);
        double onInk = (l + 0.05) / (luminance(INK) + 0.05);
        return new Brand(c, onWhite >= onInk ? WHITE : INK);
    }

    /** WCAG relative luminance of {@code #rrggbb}. */
    static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
