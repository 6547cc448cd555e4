package io.roadcase.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart with the house frame: white background, generous margins, a bold title and an optional
 * subtitle line; subclasses draw the body below. Subclasses keep only immutable data, so one chart
 * may be painted by several threads at once.
 */
abstract class FramedChart implements Chart {

    static final double MARGIN = 16;
    static final float TITLE_SIZE = 15f;
    static final float SUBTITLE_SIZE = 11f;

    protected final Theme theme;
    private final String name;
    private final String title;
    private final String description;
    private final int width;

    FramedChart(Theme theme, String name, String title, String description, int width) {
        this.theme = theme;
        this.name = name;
        this.title = Canvas.clean(title);
        this.description = Canvas.clean(description, Canvas.LONGEST_DESCRIPTION);
        this.width = width;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int width() {
        return width;
    }

    /** The line under the title, or null. */
    String subtitle() {
        return null;
    }

    /** Height taken by the title block. */
    double headerHeight() {
        double h = MARGIN + Canvas.lineHeight(theme.bold(TITLE_SIZE));
        if (subtitle() != null) {
            h += Canvas.lineHeight(theme.regular(SUBTITLE_SIZE)) + 2;
        }
        return h + 10;
    }

    @Override
    public final void paint(Graphics2D target) {
        Graphics2D g = (Graphics2D) target.create();
        try {
            Canvas c = new Canvas(g, theme);
            c.fill(new Rectangle2D.Double(0, 0, width(), height()), Theme.BACKGROUND);
            Font titleFont = theme.bold(TITLE_SIZE);
            double y = MARGIN + Canvas.ascent(titleFont);
            c.label(title, titleFont, Theme.INK, MARGIN, y, Canvas.Align.LEFT, width() - 2 * MARGIN);
            String subtitle = subtitle();
            if (subtitle != null) {
                Font font = theme.regular(SUBTITLE_SIZE);
                y += Canvas.lineHeight(font) + 2;
                c.label(subtitle, font, Theme.MUTED, MARGIN, y, Canvas.Align.LEFT, width() - 2 * MARGIN);
            }
            double top = headerHeight();
            paintBody(c, new Rectangle2D.Double(MARGIN, top, width() - 2 * MARGIN, height() - top - MARGIN));
        } finally {
            g.dispose();
        }
    }

    /** Draws everything below the title inside {@code area}. */
    abstract void paintBody(Canvas c, Rectangle2D area);
}
