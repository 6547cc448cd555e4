package io.roadcase.chart;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import io.roadcase.model.CaseFigures.Point;
import io.roadcase.model.CaseFigures.ScenarioFigures;
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
 * A funding case's cash flow per period: benefits as bars up, costs as bars down, the cumulative net
 * cash flow as a line with the payback point marked, and each other scenario's cumulative line dashed.
 */
final class CumulativeCashChart extends FramedChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 380;

    private final CaseFigures figures;
    private final String currency;

    CumulativeCashChart(Theme theme, CaseFigures figures) {
        super(theme, ChartNames.caseCumulative(figures.id()), Canvas.clean(figures.fundingCase().title())
                + " · cumulative cash flow", describe(theme, figures), WIDTH);
        this.figures = figures;
        this.currency = figures.fundingCase().currency();
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    private static String describe(Theme theme, CaseFigures f) {
        String currency = f.fundingCase().currency();
        PeriodRow last = f.periods().get(f.periods().size() - 1);
        StringBuilder s = new StringBuilder("Costs and benefits of ").append(Canvas.clean(f.fundingCase().title()))
                .append(" over ").append(f.periods().size()).append(" periods (")
                .append(Canvas.clean(f.periods().get(0).label())).append(" to ").append(Canvas.clean(last.label()))
                .append("); cumulative net cash flow ends at ").append(theme.money(last.cumulative(), currency)).append('.');
        s.append(f.paybackYears() == null ? " No payback within the plan."
                : " Payback after " + theme.formats().years(f.paybackYears()) + ".");
        return s.toString();
    }

    @Override
    String subtitle() {
        StringBuilder s = new StringBuilder("Amounts in ").append(Canvas.clean(currency));
        if (figures.npv() != null) {
            s.append(" · NPV ").append(theme.money(figures.npv(), currency));
        }
        s.append(figures.paybackYears() == null ? " · no payback within the plan"
                : " · payback " + theme.formats().years(figures.paybackYears()));
        return s.toString();
    }

    private List<ScenarioFigures> otherScenarios() {
        List<ScenarioFigures> others = new ArrayList<>();
        for (int i = 1; i < figures.scenarios().size(); i++) {
            if (!figures.scenarios().get(i).cumulative().isEmpty()) {
                others.add(figures.scenarios().get(i));
            }
        }
        return others;
    }

    private List<Legend.Entry> legend() {
        List<Legend.Entry> entries = new ArrayList<>();
        entries.add(new Legend.Entry("Benefits", Theme.BENEFIT, Legend.Swatch.BOX));
        entries.add(new Legend.Entry("Costs", Theme.COST, Legend.Swatch.BOX));
        entries.add(new Legend.Entry("Cumulative net (base)", Theme.INK, Legend.Swatch.LINE));
        List<ScenarioFigures> others = otherScenarios();
        for (int i = 0; i < others.size(); i++) {
            entries.add(new Legend.Entry("Cumulative: " + Canvas.clean(others.get(i).name()), scenarioColor(i),
                    Legend.Swatch.DASHED));
        }
        if (figures.paybackYears() != null) {
            entries.add(new Legend.Entry("Payback", theme.brand(), Legend.Swatch.DIAMOND));
        }
        return entries;
    }

    private static Color scenarioColor(int i) {
        // Skip the bar colours (green, vermillion) so scenario lines never read as costs or benefits.
        Color[] colors = {Theme.PALETTE.get(0), Theme.PALETTE.get(3), Theme.PALETTE.get(1), Theme.PALETTE.get(4)};
        return colors[i % colors.length];
    }

    @Override
    void paintBody(Canvas c, Rectangle2D area) {
        List<PeriodRow> rows = figures.periods();
        List<Legend.Entry> legend = legend();
        double legendHeight = Legend.height(theme, legend, area.getWidth());
        double lo = 0;
        double hi = 0;
        for (PeriodRow r : rows) {
            lo = Math.min(lo, Math.min(-r.totalCosts(), r.cumulative()));
            hi = Math.max(hi, Math.max(r.totalBenefits(), r.cumulative()));
        }
        for (ScenarioFigures s : otherScenarios()) {
            for (Point p : s.cumulative()) {
                lo = Math.min(lo, p.value());
                hi = Math.max(hi, p.value());
            }
        }
        Scale y = Scale.nice(lo, hi, 6);
        DoubleFunction<String> format = ValueAxis.numbers(theme, y);
        Font font = theme.regular(ValueAxis.SIZE);
        double left = area.getMinX() + ValueAxis.labelWidth(theme, y, format) + 8;
        double axisLabel = Canvas.lineHeight(font) + 6;
        Rectangle2D plot = new Rectangle2D.Double(left, area.getMinY() + 4, area.getMaxX() - left,
                area.getHeight() - 4 - axisLabel - 10 - legendHeight);
        ValueAxis.left(c, plot, y, format);

        double band = plot.getWidth() / rows.size();
        double barWidth = Math.min(56, band * 0.55);
        for (int i = 0; i < rows.size(); i++) {
            PeriodRow r = rows.get(i);
            double cx = plot.getMinX() + band * (i + 0.5);
            double zero = y.map(0, plot.getMaxY(), plot.getMinY());
            if (r.totalBenefits() > 0) {
                double top = y.map(r.totalBenefits(), plot.getMaxY(), plot.getMinY());
                c.fill(new Rectangle2D.Double(cx - barWidth / 2, top, barWidth, zero - top), Theme.BENEFIT);
            }
            if (r.totalCosts() > 0) {
                double bottom = y.map(-r.totalCosts(), plot.getMaxY(), plot.getMinY());
                c.fill(new Rectangle2D.Double(cx - barWidth / 2, zero, barWidth, bottom - zero), Theme.COST);
            }
            c.label(r.label(), font, Theme.MUTED, cx, plot.getMaxY() + 4 + Canvas.ascent(font), Canvas.Align.CENTER,
                    band - 4);
        }
        c.line(plot.getMinX(), y.map(0, plot.getMaxY(), plot.getMinY()), plot.getMaxX(),
                y.map(0, plot.getMaxY(), plot.getMinY()), Theme.INK, 1f);

        List<ScenarioFigures> others = otherScenarios();
        for (int s = 0; s < others.size(); s++) {
            Path2D.Double path = new Path2D.Double();
            boolean first = true;
            for (Point p : others.get(s).cumulative()) {
                double px = xOf(p.date(), rows, plot, band);
                double py = y.map(p.value(), plot.getMaxY(), plot.getMinY());
                if (first) {
                    path.moveTo(px, py);
                    first = false;
                } else {
                    path.lineTo(px, py);
                }
            }
            c.dashed(path, scenarioColor(s), 1.6f);
        }
        Path2D.Double line = new Path2D.Double();
        for (int i = 0; i < rows.size(); i++) {
            double px = plot.getMinX() + band * (i + 0.5);
            double py = y.map(rows.get(i).cumulative(), plot.getMaxY(), plot.getMinY());
            if (i == 0) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        c.stroke(line, Theme.INK, 2.2f);
        for (int i = 0; i < rows.size(); i++) {
            c.fill(Canvas.dot(plot.getMinX() + band * (i + 0.5),
                    y.map(rows.get(i).cumulative(), plot.getMaxY(), plot.getMinY()), 3), Theme.INK);
        }
        paintPayback(c, rows, y, plot, band);
        Legend.draw(c, legend, area.getMinX(), plot.getMaxY() + axisLabel + 10, area.getWidth());
    }

    /** x of a date between the period centres, extended past the last one at the same pace. */
    private static double xOf(LocalDate date, List<PeriodRow> rows, Rectangle2D plot, double band) {
        double d = date.toEpochDay();
        int n = rows.size();
        if (n == 1) {
            return plot.getMinX() + band / 2;
        }
        int i = 1;
        while (i < n - 1 && rows.get(i).date().toEpochDay() < d) {
            i++;
        }
        double a = rows.get(i - 1).date().toEpochDay();
        double b = rows.get(i).date().toEpochDay();
        double index = (i - 1) + (b == a ? 0 : (d - a) / (b - a));
        return Math.min(plot.getMaxX(), Math.max(plot.getMinX(), plot.getMinX() + band * (index + 0.5)));
    }

    private void paintPayback(Canvas c, List<PeriodRow> rows, Scale y, Rectangle2D plot, double band) {
        if (figures.paybackYears() == null) {
            return;
        }
        if (figures.dated()) {
            LocalDate start = rows.get(0).date();
            long days = Math.round(figures.paybackYears() * 365);
            markPayback(c, xOf(start.plusDays(days), rows, plot, band), y, plot);
            return;
        }
        int perYear = figures.fundingCase().periodicity() == null ? 1 : figures.fundingCase().periodicity().perYear();
        int first = rows.get(0).period() == null ? 0 : rows.get(0).period();
        double index = figures.paybackYears() * perYear - first;
        markPayback(c, plot.getMinX() + band * (index + 0.5), y, plot);
    }

    private void markPayback(Canvas c, double px, Scale y, Rectangle2D plot) {
        double py = y.map(0, plot.getMaxY(), plot.getMinY());
        // A leader up to a label at the top of the plot, where no line or bar can cover it.
        c.dashed(new Line2D.Double(px, py, px, plot.getMinY() + 4), theme.brand(), 1f);
        c.fill(Canvas.diamond(px, py, 7), Theme.BACKGROUND);
        c.fill(Canvas.diamond(px, py, 6), theme.brand());
        Font font = theme.bold(10f);
        String label = "Payback " + theme.formats().years(figures.paybackYears());
        double w = Canvas.width(label, font);
        double lx = px + 6 + w <= plot.getMaxX() ? px + 6 : px - 6 - w;
        c.text(label, font, theme.brand(), Math.max(plot.getMinX(), lx), plot.getMinY() + 4 + Canvas.ascent(font),
                Canvas.Align.LEFT);
    }
}
