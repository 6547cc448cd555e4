package io.roadcase.chart;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.SensitivityLine;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The sensitivity tornado of a funding case: for each cash-flow line (in the given order, largest
 * swing first) a bar from npv with the line lowered to npv with it raised, around the base npv.
 */
final class TornadoChart extends FramedChart {

    private static final int WIDTH = 720;
    private static final double ROW = 30;
    private static final double LABEL_COLUMN = 190;
    private static final Color LOWER = Theme.PALETTE.get(1);
    private static final Color HIGHER = Theme.PALETTE.get(0);

    private final CaseFigures figures;
    private final double sensitivity;
    private final String currency;
    private final List<Legend.Entry> legend;

    TornadoChart(Theme theme, CaseFigures figures, double sensitivity) {
        super(theme, ChartNames.caseTornado(figures.id()), Canvas.clean(figures.fundingCase().title())
                + " · NPV sensitivity", describe(theme, figures, sensitivity), WIDTH);
        this.figures = figures;
        this.sensitivity = sensitivity;
        this.currency = figures.fundingCase().currency();
        this.legend = List.of(
                new Legend.Entry("Line " + theme.formats().signedPercent(-sensitivity), LOWER, Legend.Swatch.BOX),
                new Legend.Entry("Line " + theme.formats().signedPercent(sensitivity), HIGHER, Legend.Swatch.BOX),
                new Legend.Entry("Base NPV " + theme.money(figures.npv(), figures.fundingCase().currency()), Theme.INK,
                        Legend.Swatch.LINE));
    }

    static String lineName(SensitivityLine line) {
        return line.type().word() + ": " + Canvas.clean(line.category());
    }

    private static String describe(Theme theme, CaseFigures f, double s) {
        StringBuilder b = new StringBuilder("NPV of ").append(Canvas.clean(f.fundingCase().title()))
                .append(" when one cash-flow line changes by ").append(theme.formats().percent(s)).append(" (base ")
                .append(theme.money(f.npv(), f.fundingCase().currency())).append("):");
        for (SensitivityLine line : f.sensitivity()) {
            b.append(' ').append(lineName(line)).append(" from ")
                    .append(theme.money(line.npvLow(), f.fundingCase().currency())).append(" to ")
                    .append(theme.money(line.npvHigh(), f.fundingCase().currency())).append(';');
        }
        b.setCharAt(b.length() - 1, '.');
        return b.toString();
    }

    @Override
    public int height() {
        return (int) Math.ceil(headerHeight() + figures.sensitivity().size() * ROW + 30
                + Legend.height(theme, legend, WIDTH - 2 * MARGIN) + 10 + MARGIN);
    }

    @Override
    String subtitle() {
        return "Amounts in " + Canvas.clean(currency) + " · each line lowered and raised by "
                + theme.formats().percent(sensitivity);
    }

    @Override
    void paintBody(Canvas c, Rectangle2D area) {
        List<SensitivityLine> lines = figures.sensitivity();
        double base = figures.npv();
        double lo = base;
        double hi = base;
        for (SensitivityLine l : lines) {
            lo = Math.min(lo, Math.min(l.npvLow(), l.npvHigh()));
            hi = Math.max(hi, Math.max(l.npvLow(), l.npvHigh()));
        }
        Scale x = Scale.nice(lo, hi, 6);
        DoubleFunction<String> format = ValueAxis.numbers(theme, x);
        double half = ValueAxis.labelWidth(theme, x, format) / 2 + 2;
        Rectangle2D plot = new Rectangle2D.Double(area.getMinX() + LABEL_COLUMN, area.getMinY() + 4,
                area.getWidth() - LABEL_COLUMN - half, lines.size() * ROW);
        ValueAxis.bottom(c, plot, x, format);
        Font font = theme.regular(10.5f);
        Font value = theme.regular(9f);
        double bx = x.map(base, plot.getMinX(), plot.getMaxX());
        for (int i = 0; i < lines.size(); i++) {
            SensitivityLine l = lines.get(i);
            double mid = plot.getMinY() + ROW * (i + 0.5);
            double baseline = mid + Canvas.ascent(font) / 2 - 1;
            c.label(lineName(l), font, Theme.INK, plot.getMinX() - 10, baseline, Canvas.Align.RIGHT, LABEL_COLUMN - 14);
            double xl = x.map(l.npvLow(), plot.getMinX(), plot.getMaxX());
            double xh = x.map(l.npvHigh(), plot.getMinX(), plot.getMaxX());
            double h = ROW * 0.6;
            c.fill(new Rectangle2D.Double(Math.min(xl, bx), mid - h / 2, Math.abs(xl - bx), h), LOWER);
            c.fill(new Rectangle2D.Double(Math.min(xh, bx), mid - h / 2, Math.abs(xh - bx), h), HIGHER);
            paintEnd(c, l.npvLow(), xl, bx, mid, value, plot);
            paintEnd(c, l.npvHigh(), xh, bx, mid, value, plot);
        }
        c.line(bx, plot.getMinY() - 4, bx, plot.getMaxY(), Theme.INK, 1.5f);
        double axisLabel = Canvas.lineHeight(theme.regular(ValueAxis.SIZE)) + 6;
        Legend.draw(c, legend, area.getMinX(), plot.getMaxY() + axisLabel + 10, area.getWidth());
    }

    /**
     * The npv at a bar's end, outside the bar when there is room, else left out: the amount as the site
     * and the brief write it (the subtitle names the currency), never the axis's short form.
     */
    private void paintEnd(Canvas c, double npv, double x, double base, double mid, Font font, Rectangle2D plot) {
        String label = theme.formats().money(npv);
        double w = Canvas.width(label, font);
        double baseline = mid + Canvas.ascent(font) / 2 - 1;
        if (x >= base && x + 4 + w <= plot.getMaxX() + 12) {
            c.text(label, font, Theme.MUTED, x + 4, baseline, Canvas.Align.LEFT);
        } else if (x < base && x - 4 - w >= plot.getMinX()) {
            c.text(label, font, Theme.MUTED, x - 4, baseline, Canvas.Align.RIGHT);
        }
    }
}
