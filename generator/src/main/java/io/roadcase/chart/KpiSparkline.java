package io.roadcase.chart;

import io.roadcase.look.Formats;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Observation;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A KPI's values as a tiny line without axes, the latest value marked in its status colour. */
final class KpiSparkline implements Chart {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 32;
    private static final double PAD = 5;

    private final Theme theme;
    private final KpiFigures figures;

    KpiSparkline(Theme theme, KpiFigures figures) {
        this.theme = theme;
        this.figures = figures;
    }

    @Override
    public String name() {
        return ChartNames.kpiSparkline(figures.id());
    }

    @Override
    public String title() {
        return Canvas.clean(figures.kpi().name()) + " trend";
    }

    @Override
    public String description() {
        Observation latest = figures.observations().get(figures.observations().size() - 1);
        return Canvas.clean(figures.kpi().name()) + ": "
                + (figures.hasEarlier() ? "the latest " + figures.recent().size() + " of " : "")
                + theme.number(figures.observations().size(), 0) + " values, latest "
                + KpiTrendChart.value(theme, figures.kpi(), latest.value()) + " on " + theme.date(latest.date())
                + ". Status: " + Formats.word(figures.status()) + ".";
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    public void paint(Graphics2D target) {
        Graphics2D g = (Graphics2D) target.create();
        try {
            Canvas c = new Canvas(g, theme);
            c.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), Theme.BACKGROUND);
            List<Observation> obs = figures.recent();
            double lo = obs.stream().mapToDouble(Observation::value).min().orElse(0);
            double hi = obs.stream().mapToDouble(Observation::value).max().orElse(1);
            if (figures.target() != null) {
                lo = Math.min(lo, figures.target());
                hi = Math.max(hi, figures.target());
            }
            double span = hi - lo < 1e-12 ? 1 : hi - lo;
            double a = obs.get(0).date().toEpochDay();
            double b = Math.max(a + 1, obs.get(obs.size() - 1).date().toEpochDay());
            double w = WIDTH - 2 * PAD;
            double h = HEIGHT - 2 * PAD;
            if (figures.target() != null) {
                double ty = PAD + h - (figures.target() - lo) / span * h;
                c.dashed(new Line2D.Double(PAD, ty, WIDTH - PAD, ty), Theme.AXIS, 0.8f);
            }
            Path2D.Double line = new Path2D.Double();
            double x = PAD;
            double y = PAD;
            for (int i = 0; i < obs.size(); i++) {
                x = PAD + (obs.size() == 1 ? w : (obs.get(i).date().toEpochDay() - a) / (b - a) * w);
                y = PAD + h - (obs.get(i).value() - lo) / span * h;
                if (i == 0) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
            }
            c.stroke(line, theme.brand(), 1.5f);
            c.fill(Canvas.dot(x, y, 3), Theme.kpiStatus(figures.status()));
        } finally {
            g.dispose();
        }
    }
}
