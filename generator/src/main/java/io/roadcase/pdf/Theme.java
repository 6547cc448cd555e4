package io.roadcase.pdf;

import io.roadcase.model.PageSize;
import io.roadcase.model.Settings;
import java.awt.Color;

/** Colours, type sizes and paper of the briefs: a restrained palette around the brand colour. */
record Theme(Color brand, Color brandLight, com.lowagie.text.Rectangle paper) {

    static final Color INK = new Color(0x22, 0x26, 0x2e);
    static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    static final Color RULE = new Color(0xd9, 0xdd, 0xe3);
    static final Color ZEBRA = new Color(0xf5, 0xf6, 0xf8);
    static final Color GOOD = new Color(0x2e, 0x7d, 0x32);
    static final Color WARN = new Color(0xb2, 0x6a, 0x00);
    static final Color BAD = new Color(0xc6, 0x28, 0x28);

    static final float TITLE = 26;
    static final float H1 = 17;
    static final float H2 = 12.5f;
    static final float BODY = 9.5f;
    static final float SMALL = 8;
    static final float TINY = 7;

    /** Generous margins: left/right 56 pt (about 2 cm), room for header and footer. */
    static final float MARGIN_SIDE = 56;
    static final float MARGIN_TOP = 72;
    static final float MARGIN_BOTTOM = 64;

    private static final Color DEFAULT_BRAND = new Color(0x1f, 0x5f, 0xad);

    static Theme of(Settings settings) {
        Color brand = parse(settings.brandColor());
        com.lowagie.text.Rectangle paper = settings.pageSize() == PageSize.LETTER
                ? com.lowagie.text.PageSize.LETTER : com.lowagie.text.PageSize.A4;
        return new Theme(brand, mix(brand, Color.WHITE, 0.88), paper);
    }

    /** Mixes {@code a} towards {@code b}; {@code amount} 0 keeps {@code a}. */
    static Color mix(Color a, Color b, double amount) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * amount),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * amount),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * amount));
    }

    // The settings reader validates the colour; a bad value here still must not break a brief.
    private static Color parse(String hex) {
        if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(hex.substring(1), 16));
        }
        return DEFAULT_BRAND;
    }
}
