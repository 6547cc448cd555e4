package io.roadcase.chart;

import io.roadcase.model.UserChartFigures;
import io.roadcase.model.UserChartFigures.Series;
import io.roadcase.model.UserChartType;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.BubbleChart;
import org.knowm.xchart.BubbleChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.PieSeries.PieSeriesRenderStyle;
import org.knowm.xchart.RadarChart;
import org.knowm.xchart.RadarChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;

/**
 * One chart of the user's {@code charts} table, drawn by XChart inside the house frame: the title is
 * the frame's (real text in SVG and PDF), the body is XChart's chart painted onto the same target, in
 * the house palette and fonts, with a fixed locale and time zone so every run gives the same bytes.
 * XChart draws its own text as glyph outlines, so the page shows the data as a table beside it.
 *
 * <p>The XChart chart is built anew for every paint: XChart charts are mutable and keep state while
 * painting, and a chart may be painted by several threads (page PNG, SVG and a brief) at once.
 */
final class UserChartDrawing extends FramedChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 420;
    /** Above this many slices, pie labels and legends would overlap: the table carries the names. */
    private static final int MOST_LABELS = 12;

    private final UserChartFigures figures;

    UserChartDrawing(Theme theme, UserChartFigures figures) {
        super(theme, ChartNames.userChart(figures.id()), figures.chart().title(), describe(figures), WIDTH);
        this.figures = figures;
    }

    /** The {@code <desc>}: type, series and extent in words. */
    static String describe(UserChartFigures f) {
        UserChartType type = f.chart().type();
        String series = f.series().stream().map(Series::name).limit(8).collect(Collectors.joining(", "))
                + (f.series().size() > 8 ? " and " + (f.series().size() - 8) + " more" : "");
        StringBuilder s = new StringBuilder(capital(type.word()) + " chart of " + f.yTitle());
        if (!f.categories().isEmpty()) {
            s.append(" by ").append(f.xTitle()).append(", ").append(f.categories().size()).append(
                    f.categories().size() == 1 ? " value" : " values").append(" from ").append(f.categories().get(0))
                    .append(" to ").append(f.categories().get(f.categories().size() - 1));
        }
        if (!series.isEmpty()) {
            s.append("; series: ").append(series);
        }
        return s.append(". The data table beside the chart lists every value.").toString();
    }

    private static String capital(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    String subtitle() {
        String unit = figures.chart().unit();
        return unit == null ? null : "In " + unit;
    }

    @Override
    void paintBody(Canvas c, Rectangle2D area) {
        int w = (int) Math.floor(area.getWidth());
        int h = (int) Math.floor(area.getHeight());
        if (figures.series().isEmpty()) {
            c.label("No values to draw", theme.regular(12f), Theme.MUTED, area.getCenterX(), area.getCenterY(),
                    Canvas.Align.CENTER, w);
            return;
        }
        Graphics2D g = (Graphics2D) c.graphics().create();
        try {
            g.translate(area.getX(), area.getY());
            g.clipRect(0, 0, w, h);
            // XChart saves and restores the target's font; VectorGraphics2D starts with none and refuses null.
            g.setFont(theme.regular(10.5f));
            chart(w, h).paint(g, w, h);
        } finally {
            g.dispose();
        }
    }

    /** The XChart chart of this type, with its data and the house style. */
    Chart<?, ?> chart(int w, int h) {
        return switch (figures.chart().type()) {
            case LINE -> category(w, h, CategorySeriesRenderStyle.Line, false);
            case AREA -> category(w, h, CategorySeriesRenderStyle.Area, figures.chart().stacked());
            case BAR -> category(w, h, CategorySeriesRenderStyle.Bar, figures.chart().stacked());
            case STACKED_BAR -> category(w, h, CategorySeriesRenderStyle.Bar, true);
            case PIE -> pie(w, h, PieSeriesRenderStyle.Pie);
            case DONUT -> pie(w, h, PieSeriesRenderStyle.Donut);
            case SCATTER -> scatter(w, h);
            case BUBBLE -> bubble(w, h);
            case RADAR -> radar(w, h);
            case BOX -> box(w, h);
            case HEAT_MAP -> heatMap(w, h);
        };
    }

    private CategoryChart category(int w, int h, CategorySeriesRenderStyle render, boolean stacked) {
        CategoryChart chart = new CategoryChartBuilder().width(w).height(h).build();
        axes(chart, figures.xTitle(), figures.yTitle());
        chart.getStyler().setDefaultSeriesRenderStyle(render);
        chart.getStyler().setStacked(stacked);
        chart.getStyler().setOverlapped(render != CategorySeriesRenderStyle.Bar);
        chart.getStyler().setMarkerSize(figures.categories().size() > 40 ? 0 : 5);
        if (render == CategorySeriesRenderStyle.Area && !stacked) {
            // Overlapping areas: see-through, or the last series would hide the others.
            chart.getStyler().setSeriesColors(Theme.PALETTE.stream()
                    .map(c -> new Color(c.getRed(), c.getGreen(), c.getBlue(), 140)).toArray(Color[]::new));
        }
        // ISO dates are about 70 points wide at this size: keep a gap between labels.
        chart.getStyler().setXAxisMaxLabelCount(Math.max(2, w / 95));
        for (Series s : figures.series()) {
            List<Double> y = stacked || render == CategorySeriesRenderStyle.Bar
                    ? s.y().stream().map(v -> v == null ? 0.0 : v).toList() : s.y();
            chart.addSeries(s.name(), new ArrayList<>(figures.categories()), new ArrayList<>(y));
        }
        return chart;
    }

    private PieChart pie(int w, int h, PieSeriesRenderStyle render) {
        PieChart chart = new PieChartBuilder().width(w).height(h).build();
        PieStyler styler = chart.getStyler();
        style(styler);
        styler.setDefaultSeriesRenderStyle(render);
        styler.setLabelsFont(theme.regular(10f));
        styler.setLabelsFontColor(Theme.INK);
        styler.setLabelsFontColorAutomaticEnabled(false);
        styler.setLabelType(PieStyler.LabelType.Percentage);
        // XChart formats pie labels in the machine's locale: the share is formatted here, in the fixed one.
        double total = figures.series().get(0).y().stream().filter(v -> v != null && v > 0)
                .mapToDouble(Double::doubleValue).sum();
        java.text.DecimalFormat share = new java.text.DecimalFormat("#,##0.#%",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        styler.setCustomSeriesLabelFunction(slice -> share.format(slice.getValue().doubleValue() / total));
        styler.setLabelsDistance(render == PieSeriesRenderStyle.Donut ? 0.82 : 0.7);
        styler.setSliceBorderWidth(1);
        styler.setDecimalPattern("#,##0.#");
        Series series = figures.series().get(0);
        int slices = 0;
        for (int i = 0; i < figures.categories().size(); i++) {
            Double v = series.y().get(i);
            if (v != null && v > 0) {
                chart.addSeries(figures.categories().get(i), v);
                slices++;
            }
        }
        styler.setLabelsVisible(slices <= MOST_LABELS);
        styler.setLegendVisible(slices <= MOST_LABELS);
        return chart;
    }

    private XYChart scatter(int w, int h) {
        XYChart chart = new XYChartBuilder().width(w).height(h).build();
        axes(chart, figures.xTitle(), figures.yTitle());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(figures.series().stream().mapToInt(s -> s.y().size()).sum() > 200 ? 4 : 7);
        dateAxis(chart);
        for (Series s : figures.series()) {
            chart.addSeries(s.name(), new ArrayList<>(s.x()), new ArrayList<>(s.y()));
        }
        return chart;
    }

    private BubbleChart bubble(int w, int h) {
        BubbleChart chart = new BubbleChartBuilder().width(w).height(h).build();
        axes(chart, figures.xTitle(), figures.yTitle());
        dateAxis(chart);
        // XChart takes a bubble's size as its diameter in pixels: sizes are scaled so the largest is 48.
        double largest = figures.series().stream().flatMap(s -> s.size().stream()).mapToDouble(Math::abs).max()
                .orElse(1);
        for (Series s : figures.series()) {
            List<Double> diameters = s.size().stream()
                    .map(v -> 6 + 42 * Math.sqrt(Math.abs(v) / (largest == 0 ? 1 : largest))).toList();
            chart.addSeries(s.name(), new ArrayList<>(s.x()), new ArrayList<>(s.y()), new ArrayList<>(diameters));
        }
        return chart;
    }

    private RadarChart radar(int w, int h) {
        RadarChart chart = new RadarChartBuilder().width(w).height(h).build();
        style(chart.getStyler());
        chart.getStyler().setRadiiTitleFont(theme.regular(10f));
        chart.getStyler().setMarkerSize(figures.categories().size() > 40 ? 0 : 5);
        chart.setRadiiLabels(figures.categories().toArray(String[]::new));
        // XChart's radar takes values from 0 to 1: each is scaled by the largest; the table has the values.
        double largest = figures.series().stream().flatMap(s -> s.y().stream()).filter(Objects::nonNull)
                .mapToDouble(Math::abs).max().orElse(1);
        for (Series s : figures.series()) {
            chart.addSeries(s.name(), s.y().stream()
                    .mapToDouble(v -> v == null || largest == 0 ? 0 : Math.max(0, v / largest)).toArray());
        }
        return chart;
    }

    private BoxChart box(int w, int h) {
        BoxChart chart = new BoxChartBuilder().width(w).height(h).build();
        axes(chart, null, figures.yTitle());
        for (Series s : figures.series()) {
            chart.addSeries(s.name(), new ArrayList<>(s.y()));
        }
        return chart;
    }

    private HeatMapChart heatMap(int w, int h) {
        HeatMapChart chart = new HeatMapChartBuilder().width(w).height(h).build();
        axes(chart, figures.xTitle(), figures.chart().seriesBy());
        List<String> rows = figures.series().stream().map(Series::name).toList();
        List<Number[]> cells = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < rows.size(); row++) {
            List<Double> y = figures.series().get(row).y();
            for (int column = 0; column < y.size(); column++) {
                if (y.get(column) != null) {
                    cells.add(new Number[] {column, row, y.get(column)});
                    min = Math.min(min, y.get(column));
                    max = Math.max(max, y.get(column));
                }
            }
        }
        chart.getStyler().setRangeColors(new Color[] {Theme.tint(theme.brand(), 0.9), theme.brand()});
        chart.getStyler().setMin(min);
        chart.getStyler().setMax(max == min ? min + 1 : max);
        chart.getStyler().setShowValue(figures.categories().size() * rows.size() <= 60);
        chart.getStyler().setValueFont(theme.regular(9f));
        chart.getStyler().setValueFontColor(Theme.INK);
        chart.getStyler().setHeatMapValueDecimalPattern(figures.percent() ? "#,##0.#%" : "#,##0.##");
        chart.getStyler().setPlotBorderVisible(false);
        // The colour scale is the legend; XChart draws it only beside the grid.
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        // XChart's default scale height is 0 here (its gradient then fails): the scale runs most of the height.
        chart.getStyler().setGradientColorColumnHeight(Math.max(40, h - 90));
        chart.getStyler().setGradientColorColumnWeight(12);
        chart.addSeries(figures.chart().title(), new ArrayList<>(figures.categories()), new ArrayList<>(rows), cells);
        return chart;
    }

    /** Dates along x are drawn from their epoch days as ISO dates. */
    private void dateAxis(AxesChart<?, ?> chart) {
        if (figures.xDates()) {
            chart.setCustomXAxisTickLabelsFormatter(day -> LocalDate.ofEpochDay(Math.round(day)).toString());
        }
    }

    private void axes(AxesChart<? extends AxesChartStyler, ?> chart, String xTitle, String yTitle) {
        AxesChartStyler styler = chart.getStyler();
        style(styler);
        chart.setXAxisTitle(xTitle == null ? "" : xTitle);
        chart.setYAxisTitle(yTitle == null ? "" : yTitle);
        styler.setXAxisTitleVisible(xTitle != null && !xTitle.isEmpty());
        styler.setAxisTitleFont(theme.regular(11f));
        styler.setAxisTickLabelsFont(theme.regular(10f));
        styler.setAxisTickLabelsColor(Theme.MUTED);
        styler.setAxisTickMarksColor(Theme.AXIS);
        styler.setPlotGridLinesColor(Theme.GRID);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotBorderVisible(false);
        styler.setTimezone(TimeZone.getTimeZone("UTC"));
        styler.setDatePattern("yyyy-MM-dd");
        styler.setYAxisDecimalPattern(figures.percent() ? "#,##0.#%" : "#,##0.##");
        styler.setXAxisDecimalPattern("#,##0.##");
    }

    /** The house look on every XChart styler: palette, fonts, white ground, no title (the frame has it). */
    private void style(Styler styler) {
        Font font = theme.regular(10.5f);
        styler.setBaseFont(font);
        styler.setChartTitleVisible(false);
        styler.setChartBackgroundColor(Theme.BACKGROUND);
        styler.setPlotBackgroundColor(Theme.BACKGROUND);
        styler.setChartFontColor(Theme.INK);
        styler.setSeriesColors(Theme.PALETTE.toArray(Color[]::new));
        styler.setLegendFont(font);
        styler.setChartTitleFont(theme.bold(13f));
        styler.setAnnotationTextFont(font);
        styler.setAnnotationTextPanelFont(font);
        styler.setToolTipFont(font);
        styler.setLegendBorderColor(Theme.BACKGROUND);
        styler.setLegendBackgroundColor(Theme.BACKGROUND);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setPlotBorderVisible(false);
        styler.setLegendVisible(figures.series().size() > 1 && figures.series().size() <= MOST_LABELS * 2);
        styler.setChartPadding(4);
        styler.setLocale(Locale.ROOT);
        styler.setDecimalPattern("#,##0.##");
        styler.setAntiAlias(true);
    }
}
