package io.roadcase.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A row-wrapping legend: a swatch and a label per entry. Labels say what colours mean. */
final class Legend {

    /** How an entry's swatch looks, to match the mark in the chart. */
    enum Swatch {
        BOX, LINE, DASHED, DOT, DIAMOND, OUTLINE, BADGE
    }

    /**
     * One legend entry.
     *
     * @param mark the number a {@link Swatch#BADGE} shows, else null
     */
    record Entry(String label, Color color, Swatch swatch, String mark) {

        Entry(String label, Color color, Swatch swatch) {
            this(label, color, swatch, null);
        }
    }

    static final float SIZE = 10.5f;
    private static final double SWATCH = 14;
    private static final double GAP = 16;
    private static final double MAX_LABEL = 220;

    private Legend() {
    }

    /** Height of the legend laid out in {@code maxWidth}. */
    static double height(Theme theme, List<Entry> entries, double maxWidth) {
        return layout(null, theme, entries, 0, 0, maxWidth);
    }

    /** Draws the legend with its top-left corner at (x, y); returns its height. */
    static double draw(Canvas c, List<Entry> entries, double x, double y, double maxWidth) {
        return layout(c, c.theme(), entries, x, y, maxWidth);
    }

    private static double layout(Canvas c, Theme theme, List<Entry> entries, double x, double y, double maxWidth) {
        if (entries.isEmpty()) {
            return 0;
        }
        Font font = theme.regular(SIZE);
        double line = Canvas.lineHeight(font) + 4;
        double cx = x;
        double cy = y;
        for (Entry e : entries) {
            String label = Canvas.fit(e.label(), font, Math.min(MAX_LABEL, maxWidth - SWATCH - 6));
            double w = SWATCH + 5 + Canvas.width(label, font);
            if (cx > x && cx + w > x + maxWidth) {
                cx = x;
                cy += line;
            }
            if (c != null) {
                double mid = cy + line / 2;
                swatch(c, e, cx, mid);
                c.text(label, font, Theme.INK, cx + SWATCH + 5, mid + Canvas.ascent(font) / 2 - 1, Canvas.Align.LEFT);
            }
            cx += w + GAP;
        }
        return cy - y + line;
    }

    private static void swatch(Canvas c, Entry e, double x, double mid) {
        switch (e.swatch()) {
            case BOX -> c.fill(new Rectangle2D.Double(x, mid - 5, SWATCH, 10), e.color());
            case OUTLINE -> {
                c.fill(new Rectangle2D.Double(x, mid - 5, SWATCH, 10), Theme.tint(e.color(), 0.75));
                c.stroke(new Rectangle2D.Double(x, mid - 5, SWATCH, 10), e.color(), 1f);
            }
            case LINE -> c.stroke(new Line2D.Double(x, mid, x + SWATCH, mid), e.color(), 2f);
            case DASHED -> c.dashed(new Line2D.Double(x, mid, x + SWATCH, mid), e.color(), 2f);
            case DOT -> c.fill(Canvas.dot(x + SWATCH / 2, mid, 4), e.color());
            case DIAMOND -> c.fill(Canvas.diamond(x + SWATCH / 2, mid, 5), e.color());
            case BADGE -> Badge.draw(c, e.mark(), x + SWATCH / 2, mid, e.color());
        }
    }
}
