package io.roadcase.chart;

import io.roadcase.model.ShownText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * A {@link Graphics2D} with the few drawing verbs charts need. Text is measured with one fixed
 * {@link FontRenderContext}, not the target's, so SVG, PNG and PDF make the same layout decisions.
 * Text is only ever drawn with {@code drawString}, so SVG keeps it as {@code <text>}.
 */
final class Canvas {

    /** Text alignment around the x coordinate. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "…";

    /** Characters of a text looked at for a label, a chart title or a description. */
    static final int LONGEST = 300;
    /** Characters of a chart's description kept: it lists the chart's data, so it is longer than a label. */
    static final int LONGEST_DESCRIPTION = 20_000;

    private final Graphics2D g;
    private final Theme theme;

    Canvas(Graphics2D g, Theme theme) {
        this.g = g;
        this.theme = theme;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    Theme theme() {
        return theme;
    }

    /** The target itself, for a drawing made by a library (XChart) rather than these verbs. */
    Graphics2D graphics() {
        return g;
    }

    /**
     * Spreadsheet text made safe to draw: null as empty, control characters and line breaks as
     * spaces (they are invalid in XML), lone surrogates and bidi controls dropped, runs of spaces
     * collapsed, and cut after {@value #LONGEST} characters.
     */
    static String clean(String text) {
        return clean(text, LONGEST);
    }

    /** {@link #clean(String)}, cut after {@code longest} characters. */
    static String clean(String text, int longest) {
        if (text == null) {
            return "";
        }
        // No label is wider than a chart: measuring 32,767 characters for each of a thousand rows took minutes.
        boolean cut = text.length() > longest;
        if (cut) {
            text = text.substring(0, longest);
        }
        StringBuilder s = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                s.append(c).append(text.charAt(++i));
                space = false;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || ShownText.isRemoved(c) && c > 0x2000) {
                // Bidi embeddings, overrides and isolates would reorder the label: dropped, as on the pages.
                continue;
            } else if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                if (!space && s.length() > 0) {
                    s.append(' ');
                }
                space = true;
            } else {
                s.append(c);
                space = false;
            }
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return cut ? s.substring(0, end) + ELLIPSIS : s.substring(0, end);
    }

    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, MEASURE).getWidth();
    }

    static double ascent(Font font) {
        return metrics(font).getAscent();
    }

    /** Distance between two baselines of this font. */
    static double lineHeight(Font font) {
        LineMetrics m = metrics(font);
        return m.getAscent() + m.getDescent() + m.getLeading();
    }

    private static LineMetrics metrics(Font font) {
        return font.getLineMetrics("Xg", MEASURE);
    }

    /**
     * The cleaned text, cut at a character boundary and ended with an ellipsis so that it is at most
     * {@code max} wide; empty when not even the ellipsis fits.
     */
    static String fit(String text, Font font, double max) {
        String s = clean(text);
        return width(s, font) <= max ? s : shortened(s, font, max);
    }

    /**
     * The longest start of the text, cut at a grapheme boundary, that fits with an ellipsis after it.
     * Kept apart from {@link #fit}, which runs for every label, and measuring at one call site: C2
     * inlines the font measuring code at each call site, and with four of them {@code fit} compiled
     * to 54 KB of code in 1 to 2.5 s on the large portfolio; now it is under 1 KB.
     */
    private static String shortened(String s, Font font, double max) {
        int[] cuts = graphemeBoundaries(s);
        // Binary search for the last cut that fits. It tries cut 0 (the bare ellipsis) first: when
        // that does not fit, nothing does.
        int lo = -1;
        int hi = cuts.length - 1;
        while (lo < hi) {
            int mid = lo < 0 ? 0 : (lo + hi + 1) / 2;
            if (width(ellipsized(s, cuts[mid]), font) <= max) {
                lo = mid;
            } else if (lo < 0) {
                return "";
            } else {
                hi = mid - 1;
            }
        }
        return ellipsized(s, cuts[lo]);
    }

    private static String ellipsized(String s, int end) {
        return s.substring(0, end).strip() + ELLIPSIS;
    }

    /** Every grapheme boundary of the text, 0 and its length included. */
    private static int[] graphemeBoundaries(String s) {
        BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
        chars.setText(s);
        int[] cuts = new int[s.length() + 1];
        int n = 0;
        for (int at = chars.first(); at != BreakIterator.DONE; at = chars.next()) {
            cuts[n++] = at;
        }
        return Arrays.copyOf(cuts, n);
    }

    /** Draws already-fitted text with its baseline at y. */
    void text(String text, Font font, Color color, double x, double baseline, Align align) {
        draw(text, font, color, x, baseline, align, width(text, font));
    }

    private void draw(String text, Font font, Color color, double x, double baseline, Align align, double w) {
        if (text.isEmpty()) {
            return;
        }
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, (float) left, (float) baseline);
    }

    /** Fits the text into {@code max} and draws it; returns the drawn width. */
    double label(String text, Font font, Color color, double x, double baseline, Align align, double max) {
        String fitted = fit(text, font, max);
        double w = width(fitted, font);
        draw(fitted, font, color, x, baseline, align, w);
        return w;
    }

    void fill(Shape shape, Color color) {
        g.setColor(color);
        g.fill(shape);
    }

    void stroke(Shape shape, Color color, float width) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    void dashed(Shape shape, Color color, float width) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {5f, 3f}, 0f));
        g.draw(shape);
    }

    void line(double x1, double y1, double x2, double y2, Color color, float width) {
        stroke(new Line2D.Double(x1, y1, x2, y2), color, width);
    }

    static Shape dot(double x, double y, double radius) {
        return new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2);
    }

    static Shape diamond(double x, double y, double half) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - half);
        p.lineTo(x + half, y);
        p.lineTo(x, y + half);
        p.lineTo(x - half, y);
        p.closePath();
        return p;
    }
}
