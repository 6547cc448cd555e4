package io.roadcase.chart;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;

/** A date axis along the bottom of a plot: month, quarter or year ticks, whichever leave room for labels. */
final class TimeAxis {

    private static final int[] STEPS = {1, 2, 3, 6, 12, 24, 60, 120};
    private static final double LABEL_SPACE = 80;

    private final Theme theme;
    private final double from;
    private final double to;
    private final double left;
    private final double right;

    TimeAxis(Theme theme, LocalDate start, LocalDate end, double left, double right) {
        this.theme = theme;
        double a = start.toEpochDay();
        double b = Math.max(end.toEpochDay(), a);
        double pad = Math.max(10, (b - a) * 0.02);
        this.from = a - pad;
        this.to = b + pad;
        this.left = left;
        this.right = right;
    }

    double at(LocalDate date) {
        return left + (date.toEpochDay() - from) / (to - from) * (right - left);
    }

    void draw(Canvas c, Rectangle2D plot) {
        double months = (to - from) / 30.44;
        int step = STEPS[STEPS.length - 1];
        for (int s : STEPS) {
            if (months / s <= Math.max(1, plot.getWidth() / LABEL_SPACE)) {
                step = s;
                break;
            }
        }
        Font font = theme.regular(ValueAxis.SIZE);
        LocalDate first = LocalDate.ofEpochDay((long) Math.ceil(from)).withDayOfMonth(1).plusMonths(1);
        while ((first.getYear() * 12 + first.getMonthValue() - 1) % step != 0) {
            first = first.plusMonths(1);
        }
        double baseline = plot.getMaxY() + 4 + Canvas.ascent(font);
        for (LocalDate d = first; d.toEpochDay() <= to; d = d.plusMonths(step)) {
            double x = at(d);
            c.line(x, plot.getMinY(), x, plot.getMaxY(), Theme.GRID, 0.8f);
            c.line(x, plot.getMaxY(), x, plot.getMaxY() + 3, Theme.AXIS, 0.8f);
            String label = step >= 12 ? String.valueOf(d.getYear()) : theme.monthYear(d);
            double w = Canvas.width(label, font);
            double lx = Math.max(plot.getMinX() - 10, Math.min(x - w / 2, plot.getMaxX() + 20 - w));
            c.text(Canvas.clean(label), font, Theme.MUTED, lx, baseline, Canvas.Align.LEFT);
        }
        c.line(plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY(), Theme.AXIS, 1f);
    }
}
