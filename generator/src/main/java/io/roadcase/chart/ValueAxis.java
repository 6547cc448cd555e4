package io.roadcase.chart;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.function.DoubleFunction;

/** Grid lines and tick labels of a value axis, vertical (left) or horizontal (bottom). */
final class ValueAxis {

    static final float SIZE = 10f;

    private ValueAxis() {
    }

    /** Plain numbers for ticks: compact from a thousand up, else as many decimals as the step needs. */
    static DoubleFunction<String> numbers(Theme theme, Scale scale) {
        double largest = Math.max(Math.abs(scale.min()), Math.abs(scale.max()));
        return largest >= 1000 ? theme::compact : v -> theme.number(v, scale.decimals());
    }

    /** Fractions as percent ticks. */
    static DoubleFunction<String> percents(Theme theme, Scale scale) {
        return v -> theme.percent(v, Math.max(0, scale.decimals() - 2));
    }

    /** Width of the widest tick label. */
    static double labelWidth(Theme theme, Scale scale, DoubleFunction<String> format) {
        Font font = theme.regular(SIZE);
        double w = 0;
        for (double t : scale.ticks()) {
            w = Math.max(w, Canvas.width(Canvas.clean(format.apply(t)), font));
        }
        return w;
    }

    /** Horizontal grid lines across the plot and labels right-aligned left of it. */
    static void left(Canvas c, Rectangle2D plot, Scale scale, DoubleFunction<String> format) {
        Font font = c.theme().regular(SIZE);
        for (double t : scale.ticks()) {
            double y = scale.map(t, plot.getMaxY(), plot.getMinY());
            c.line(plot.getMinX(), y, plot.getMaxX(), y, t == 0 ? Theme.AXIS : Theme.GRID, t == 0 ? 1f : 0.8f);
            c.text(Canvas.clean(format.apply(t)), font, Theme.MUTED, plot.getMinX() - 6, y + Canvas.ascent(font) / 2 - 1,
                    Canvas.Align.RIGHT);
        }
    }

    /** Vertical grid lines down the plot and labels centred below it. */
    static void bottom(Canvas c, Rectangle2D plot, Scale scale, DoubleFunction<String> format) {
        Font font = c.theme().regular(SIZE);
        for (double t : scale.ticks()) {
            double x = scale.map(t, plot.getMinX(), plot.getMaxX());
            c.line(x, plot.getMinY(), x, plot.getMaxY(), t == 0 ? Theme.AXIS : Theme.GRID, t == 0 ? 1f : 0.8f);
            c.text(Canvas.clean(format.apply(t)), font, Theme.MUTED, x, plot.getMaxY() + 4 + Canvas.ascent(font),
                    Canvas.Align.CENTER);
        }
    }
}
