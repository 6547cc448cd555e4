package io.roadcase.pdf;

import io.roadcase.model.PageSize;
import io.roadcase.model.Settings;
import java.awt.Color;

/**
 * The briefs' page: paper, margins and type sizes. Colours and figures come from the charts' theme
 * ({@link #look}: {@link io.roadcase.look.Colours} and the report's one {@link io.roadcase.look.Formats}),
 * so a brief, its charts, the site and the mail agree.
 */
record BriefTheme(io.roadcase.chart.Theme look, com.lowagie.text.Rectangle paper) {

    static final Color INK = io.roadcase.chart.Theme.INK;
    static final Color MUTED = io.roadcase.chart.Theme.MUTED;
    static final Color RULE = io.roadcase.chart.Theme.GRID;
    static final Color ZEBRA = io.roadcase.chart.Theme.BAND;

    /*
     * Status words in a brief are small text on white: the charts' status fills (Okabe–Ito green, amber,
     * vermillion) are too light for that (amber is 2.3:1), so text uses darker shades of the same hues.
     */
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

    static BriefTheme of(Settings settings) {
        com.lowagie.text.Rectangle paper = settings.pageSize() == PageSize.LETTER
                ? com.lowagie.text.PageSize.LETTER : com.lowagie.text.PageSize.A4;
        return new BriefTheme(io.roadcase.chart.Theme.of(settings), paper);
    }

    Color brand() {
        return look.brand();
    }

    /** The brand colour mixed with white, for table headers. */
    Color brandLight() {
        return io.roadcase.chart.Theme.tint(brand(), 0.88);
    }
}
