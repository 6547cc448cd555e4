package io.roadcase.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Vertical bars in groups along a category axis, each bar labelled with its value: the scenario
 * comparison and the portfolio's npv against ask. A missing value leaves its bar out and shows the one dash ({@link io.roadcase.look.Formats#NONE}).
 */
final class ColumnChart extends FramedChart {

    /** One category with one value per series (null = not available). */
    record Group(String label, List<Double> values, List<String> valueLabels) {
    }

    /** A series: its name in the legend and its colour; {@code signed} colours negative bars as costs. */
    record Series(String name, Color color, boolean signed) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;

    private final String subtitle;
    private final List<Series> series;
    private final List<Group> groups;

    ColumnChart(Theme theme, String name, String title, String subtitle, String description, List<Series> series,
            List<Group> groups) {
        super(theme, name, title, description, WIDTH);
        this.subtitle = subtitle;
        this.series = List.copyOf(series);
        this.groups = List.copyOf(groups);
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    String subtitle() {
        return subtitle;
    }

    private List<Legend.Entry> legend() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (Series s : series) {
            entries.add(new Legend.Entry(s.name(), s.color(), Legend.Swatch.BOX));
            if (s.signed() && hasNegative(series.indexOf(s))) {
                entries.add(new Legend.Entry(s.name() + " below zero", Theme.COST, Legend.Swatch.BOX));
            }
        }
        return entries;
    }

    private boolean hasNegative(int series) {
        return groups.stream().anyMatch(g -> g.values().get(series) != null && g.values().get(series) < 0);
    }

    @Override
    void paintBody(Canvas c, Rectangle2D area) {
        List<Legend.Entry> legend = legend();
        double legendHeight = Legend.height(theme, legend, area.getWidth());
        double lo = 0;
        double hi = 0;
        for (Group g : groups) {
            for (Double v : g.values()) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        // Head room above and below for the value labels.
        Scale y = Scale.nice(lo * 1.12, hi * 1.08, 5);
        DoubleFunction<String> format = ValueAxis.numbers(theme, y);
        Font font = theme.regular(ValueAxis.SIZE);
        Font valueFont = theme.regular(9.5f);
        double left = area.getMinX() + ValueAxis.labelWidth(theme, y, format) + 8;
        double axisLabel = Canvas.lineHeight(font) + 6;
        Rectangle2D plot = new Rectangle2D.Double(left, area.getMinY() + 4, area.getMaxX() - left,
                area.getHeight() - 4 - axisLabel - 10 - legendHeight);
        ValueAxis.left(c, plot, y, format);
        double band = plot.getWidth() / Math.max(1, groups.size());
        double zero = y.map(0, plot.getMaxY(), plot.getMinY());
        int n = series.size();
        double barWidth = Math.min(64, band * 0.7 / n);
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            double cx = plot.getMinX() + band * (gi + 0.5);
            c.label(g.label(), font, Theme.INK, cx, plot.getMaxY() + 4 + Canvas.ascent(font), Canvas.Align.CENTER,
                    band - 6);
            for (int si = 0; si < n; si++) {
                double x0 = cx - barWidth * n / 2 + barWidth * si;
                Double v = g.values().get(si);
                String text = v == null ? Theme.NOT_A_NUMBER : g.valueLabels().get(si);
                double vy = v == null ? zero : y.map(v, plot.getMaxY(), plot.getMinY());
                if (v != null) {
                    Color color = series.get(si).signed() && v < 0 ? Theme.COST : series.get(si).color();
                    c.fill(new Rectangle2D.Double(x0 + 1, Math.min(vy, zero), barWidth - 2, Math.abs(zero - vy)), color);
                }
                String fitted = Canvas.fit(text, valueFont, Math.max(band / n, barWidth) - 2);
                double ty = v != null && v < 0 ? vy + 4 + Canvas.ascent(valueFont) : vy - 4;
                c.text(fitted, valueFont, Theme.INK, x0 + barWidth / 2, ty, Canvas.Align.CENTER);
            }
        }
        c.line(plot.getMinX(), zero, plot.getMaxX(), zero, Theme.INK, 1f);
        Legend.draw(c, legend, area.getMinX(), plot.getMaxY() + axisLabel + 10, area.getWidth());
    }
}
