package io.roadcase.chart;

import io.roadcase.look.Formats;
import io.roadcase.model.Direction;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Observation;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One KPI over time: its values, the target (a line, or steps when observations carry their own
 * targets) with the amber tolerance zone on the unmet side, the forecast to the target date as a
 * dashed line from the latest value, and numbered notes listed under the plot. The status is said in
 * the subtitle and the legend.
 */
final class KpiTrendChart extends FramedChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;
    private static final int MAX_NOTES = 9;

    private final KpiFigures figures;
    private final List<Observation> notes;
    private final List<Segment> targets;

    /** A stretch of time with one target value. */
    private record Segment(LocalDate from, LocalDate to, double target) {
    }

    KpiTrendChart(Theme theme, KpiFigures figures) {
        super(theme, ChartNames.kpiTrend(figures.id()), figures.kpi().name(), describe(theme, figures), WIDTH);
        this.figures = figures;
        this.notes = figures.observations().stream().filter(o -> !Canvas.clean(o.note()).isEmpty()).toList();
        this.targets = targetSegments(figures, end(figures));
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    /**
     * A KPI value as the site and the briefs write it. A unit typed with control characters (invalid in
     * XML) is made safe to draw; otherwise the text is kept as it is, with the locale's own no-break spaces.
     */
    static String value(Theme theme, Kpi kpi, double v) {
        String text = theme.formats().kpiValue(kpi, v);
        String unit = kpi.unit() == null ? "" : kpi.unit();
        return unit.equals(Canvas.clean(unit)) ? text : Canvas.clean(text);
    }

    private static String describe(Theme theme, KpiFigures f) {
        StringBuilder s = new StringBuilder(Canvas.clean(f.kpi().name())).append(": ")
                .append(f.observations().size()).append(" values");
        if (f.latest() != null) {
            s.append(", latest ").append(value(theme, f.kpi(), f.latest().value())).append(" on ")
                    .append(theme.date(f.latest().date()));
        }
        if (f.target() != null) {
            s.append(", target ").append(value(theme, f.kpi(), f.target()));
            if (f.kpi().targetDate() != null) {
                s.append(" by ").append(theme.date(f.kpi().targetDate()));
            }
        }
        s.append(". Status: ").append(Formats.word(f.status())).append('.');
        if (f.forecastAtTargetDate() != null) {
            s.append(" Forecast at the target date: ").append(value(theme, f.kpi(), f.forecastAtTargetDate()))
                    .append(Boolean.TRUE.equals(f.forecastMeetsTarget()) ? ", meets the target." : ", misses the target.");
        }
        return s.toString();
    }

    @Override
    String subtitle() {
        StringBuilder s = new StringBuilder(Formats.word(figures.status()));
        if (figures.latest() != null) {
            s.append(" · latest ").append(value(theme, figures.kpi(), figures.latest().value()));
        }
        if (figures.target() != null) {
            s.append(" · target ").append(value(theme, figures.kpi(), figures.target()));
            if (figures.kpi().targetDate() != null) {
                s.append(" by ").append(theme.date(figures.kpi().targetDate()));
            }
        }
        if (figures.forecastAtTargetDate() != null) {
            s.append(" · forecast ").append(value(theme, figures.kpi(), figures.forecastAtTargetDate()))
                    .append(Boolean.TRUE.equals(figures.forecastMeetsTarget()) ? " (meets target)" : " (misses target)");
        }
        return s.toString();
    }

    private boolean hasForecast() {
        return figures.forecastAtTargetDate() != null && figures.latest() != null && figures.kpi().targetDate() != null
                && figures.kpi().targetDate().isAfter(figures.latest().date());
    }

    private static LocalDate start(KpiFigures f) {
        return f.observations().get(0).date();
    }

    private static LocalDate end(KpiFigures f) {
        LocalDate last = f.observations().get(f.observations().size() - 1).date();
        LocalDate targetDate = f.kpi().targetDate();
        return targetDate != null && targetDate.isAfter(last) && f.target() != null ? targetDate : last;
    }

    /** Steps from each observation's own target (else the KPI's), ending with the effective target. */
    private static List<Segment> targetSegments(KpiFigures f, LocalDate end) {
        List<Segment> segments = new ArrayList<>();
        boolean steps = f.observations().stream().anyMatch(o -> o.target() != null);
        if (!steps) {
            if (f.target() != null) {
                segments.add(new Segment(start(f), end, f.target()));
            }
            return segments;
        }
        List<Observation> obs = f.observations();
        for (int i = 0; i < obs.size(); i++) {
            Double t = obs.get(i).target() != null ? obs.get(i).target() : f.kpi().target();
            LocalDate to = i + 1 < obs.size() ? obs.get(i + 1).date() : end;
            if (i + 1 == obs.size()) {
                t = f.target();
            }
            if (t != null && !to.isBefore(obs.get(i).date())) {
                segments.add(new Segment(obs.get(i).date(), to, t));
            }
        }
        return segments;
    }

    /** The amber zone of a target: within tolerance on the side that misses it. */
    private double[] band(double target) {
        double width = figures.kpi().tolerance() * Math.abs(target);
        return figures.kpi().direction() == Direction.LOWER ? new double[] {target, target + width}
                : new double[] {target - width, target};
    }

    private List<Legend.Entry> legend() {
        List<Legend.Entry> entries = new ArrayList<>();
        entries.add(new Legend.Entry("Status: " + Formats.word(figures.status()), Theme.kpiStatus(figures.status()),
                Legend.Swatch.DOT));
        entries.add(new Legend.Entry("Actual", theme.brand(), Legend.Swatch.LINE));
        if (!targets.isEmpty()) {
            entries.add(new Legend.Entry("Target", Theme.INK, Legend.Swatch.LINE));
            entries.add(new Legend.Entry("Within tolerance (" + theme.formats().percent(figures.kpi().tolerance()) + ")",
                    Theme.tint(Theme.AMBER, 0.7), Legend.Swatch.BOX));
        }
        if (hasForecast()) {
            entries.add(new Legend.Entry("Forecast to target date", theme.brand(), Legend.Swatch.DASHED));
        }
        return entries;
    }

    private List<Legend.Entry> noteEntries() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_NOTES, notes.size()); i++) {
            Observation o = notes.get(i);
            entries.add(new Legend.Entry(Canvas.clean(o.note()) + " (" + theme.date(o.date()) + ")", Theme.MUTED,
                    Legend.Swatch.BADGE, String.valueOf(i + 1)));
        }
        if (notes.size() > MAX_NOTES) {
            entries.add(new Legend.Entry("and " + (notes.size() - MAX_NOTES) + " more notes", Theme.MUTED,
                    Legend.Swatch.DOT));
        }
        return entries;
    }

    @Override
    void paintBody(Canvas c, Rectangle2D area) {
        List<Legend.Entry> legend = legend();
        List<Legend.Entry> noteEntries = noteEntries();
        double legendHeight = Legend.height(theme, legend, area.getWidth());
        double notesHeight = noteEntries.isEmpty() ? 0 : Legend.height(theme, noteEntries, area.getWidth()) + 4;

        Scale y = yScale();
        DoubleFunction<String> format = figures.kpi().isPercent() ? ValueAxis.percents(theme, y)
                : ValueAxis.numbers(theme, y);
        double axisLabel = Canvas.lineHeight(theme.regular(ValueAxis.SIZE)) + 6;
        double left = area.getMinX() + ValueAxis.labelWidth(theme, y, format) + 8;
        Rectangle2D plot = new Rectangle2D.Double(left, area.getMinY() + 4, area.getMaxX() - 24 - left,
                area.getHeight() - 4 - axisLabel - 8 - notesHeight - legendHeight);
        TimeAxis x = new TimeAxis(theme, start(figures), end(figures), plot.getMinX(), plot.getMaxX());

        for (Segment s : targets) {
            double[] b = band(s.target());
            double y1 = y.map(b[1], plot.getMaxY(), plot.getMinY());
            double y0 = y.map(b[0], plot.getMaxY(), plot.getMinY());
            c.fill(new Rectangle2D.Double(x.at(s.from()), y1, Math.max(0.5, x.at(s.to()) - x.at(s.from())), y0 - y1),
                    Theme.tint(Theme.AMBER, 0.8));
        }
        ValueAxis.left(c, plot, y, format);
        x.draw(c, plot);
        paintTargets(c, x, y, plot);
        if (hasForecast()) {
            double fx = x.at(figures.kpi().targetDate());
            double fy = y.map(figures.forecastAtTargetDate(), plot.getMaxY(), plot.getMinY());
            c.dashed(new Line2D.Double(x.at(figures.latest().date()),
                    y.map(figures.latest().value(), plot.getMaxY(), plot.getMinY()), fx, fy), theme.brand(), 1.8f);
            c.fill(Canvas.dot(fx, fy, 4), Theme.BACKGROUND);
            c.stroke(Canvas.dot(fx, fy, 4), theme.brand(), 1.5f);
        }
        paintValues(c, x, y, plot);

        double below = plot.getMaxY() + axisLabel + 8;
        if (!noteEntries.isEmpty()) {
            Legend.draw(c, noteEntries, area.getMinX(), below, area.getWidth());
            below += notesHeight;
        }
        Legend.draw(c, legend, area.getMinX(), below, area.getWidth());
    }

    private Scale yScale() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Observation o : figures.observations()) {
            lo = Math.min(lo, o.value());
            hi = Math.max(hi, o.value());
        }
        for (Segment s : targets) {
            double[] b = band(s.target());
            lo = Math.min(lo, b[0]);
            hi = Math.max(hi, b[1]);
        }
        if (hasForecast()) {
            lo = Math.min(lo, figures.forecastAtTargetDate());
            hi = Math.max(hi, figures.forecastAtTargetDate());
        }
        double pad = (hi - lo) * 0.05;
        return Scale.nice(lo - pad, hi + pad, 5);
    }

    private void paintTargets(Canvas c, TimeAxis x, Scale y, Rectangle2D plot) {
        Path2D.Double path = new Path2D.Double();
        boolean first = true;
        for (Segment s : targets) {
            double py = y.map(s.target(), plot.getMaxY(), plot.getMinY());
            if (first) {
                path.moveTo(x.at(s.from()), py);
                first = false;
            } else {
                path.lineTo(x.at(s.from()), py);
            }
            path.lineTo(x.at(s.to()), py);
        }
        if (!first) {
            c.stroke(path, Theme.INK, 1.5f);
        }
        LocalDate targetDate = figures.kpi().targetDate();
        if (figures.target() != null && targetDate != null && !targetDate.isBefore(start(figures))
                && !targetDate.isAfter(end(figures))) {
            double tx = x.at(targetDate);
            double ty = y.map(figures.target(), plot.getMaxY(), plot.getMinY());
            c.fill(Canvas.diamond(tx, ty, 5), Theme.INK);
            Font font = theme.regular(9.5f);
            String label = "Target " + theme.date(targetDate);
            double w = Canvas.width(label, font);
            double lx = Math.min(tx - w / 2, plot.getMaxX() - w);
            // Label on the side of the target line away from the forecast's end point.
            boolean forecastAbove = hasForecast() && figures.forecastAtTargetDate() > figures.target();
            boolean below = forecastAbove ? ty + 16 <= plot.getMaxY() : ty - 8 < plot.getMinY() + 10;
            double ly = below ? ty + 16 : ty - 8;
            c.text(Canvas.fit(label, font, plot.getWidth()), font, Theme.INK, Math.max(plot.getMinX(), lx), ly,
                    Canvas.Align.LEFT);
        }
    }

    private void paintValues(Canvas c, TimeAxis x, Scale y, Rectangle2D plot) {
        List<Observation> obs = figures.observations();
        Path2D.Double line = new Path2D.Double();
        for (int i = 0; i < obs.size(); i++) {
            double px = x.at(obs.get(i).date());
            double py = y.map(obs.get(i).value(), plot.getMaxY(), plot.getMinY());
            if (i == 0) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        c.stroke(line, theme.brand(), 2.2f);
        if (obs.size() <= 60) {
            for (Observation o : obs) {
                c.fill(Canvas.dot(x.at(o.date()), y.map(o.value(), plot.getMaxY(), plot.getMinY()), 2.6), theme.brand());
            }
        }
        for (int i = 0; i < Math.min(MAX_NOTES, notes.size()); i++) {
            Observation o = notes.get(i);
            double px = x.at(o.date());
            double py = y.map(o.value(), plot.getMaxY(), plot.getMinY());
            double by = py - 16 < plot.getMinY() + Badge.RADIUS ? py + 16 : py - 16;
            c.line(px, py, px, by, Theme.MUTED, 0.8f);
            Badge.draw(c, String.valueOf(i + 1), px, by, Theme.MUTED);
        }
        Observation latest = obs.get(obs.size() - 1);
        double lx = x.at(latest.date());
        double ly = y.map(latest.value(), plot.getMaxY(), plot.getMinY());
        Color status = Theme.kpiStatus(figures.status());
        c.fill(Canvas.dot(lx, ly, 5.5), Theme.BACKGROUND);
        c.fill(Canvas.dot(lx, ly, 4.5), status);
        Font font = theme.bold(10.5f);
        String label = Canvas.fit(value(theme, figures.kpi(), latest.value()), font, 120);
        double w = Canvas.width(label, font);
        double tx = lx + w + 8 <= plot.getMaxX() + 20 ? lx + 8 : lx - 8 - w;
        double ty = ly - 8 < plot.getMinY() + 10 ? ly + 18 : ly - 8;
        c.text(label, font, Theme.INK, tx, ty, Canvas.Align.LEFT);
    }
}
