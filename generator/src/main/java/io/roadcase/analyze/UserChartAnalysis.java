package io.roadcase.analyze;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.DataColumn;
import io.roadcase.model.DataSheet;
import io.roadcase.model.DataType;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Observation;
import io.roadcase.model.Problem;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.UserChart;
import io.roadcase.model.UserChartFigures;
import io.roadcase.model.UserChartFigures.Series;
import io.roadcase.model.UserChartType;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the {@code charts} table against the data sheets, KPIs, cases and initiatives: every name a
 * chart uses must exist (else an error at its cell, listing what does), and each chart's rows become
 * series and a data table. Rows with the same x and series are added up, so a sheet of raw events
 * (one row per incident) charts as counts or sums.
 */
public final class UserChartAnalysis {

    /** The page words of the {@code page} column, with the page and brief each means. */
    private static final Map<String, String[]> PAGE_WORDS = Map.of(
            "overview", new String[] {"index.html", "portfolio"},
            "kpis", new String[] {"kpis.html", "portfolio"},
            "roadmap", new String[] {"roadmap.html", "portfolio"},
            "funding", new String[] {"funding.html", "portfolio"});

    private static final String KPI_PREFIX = "kpi:";

    private final Map<String, DataSheet> sheets = new LinkedHashMap<>();
    private final Map<String, KpiFigures> kpis = new LinkedHashMap<>();
    private final Set<String> caseIds = new HashSet<>();
    private final Set<String> initiativeIds = new HashSet<>();
    private final Map<String, String> themes = new LinkedHashMap<>();
    private final Set<String> objectiveIds = new HashSet<>();
    private final List<Problem> problems;

    private UserChartAnalysis(List<DataSheet> dataSheets, List<KpiFigures> kpis, List<CaseFigures> cases,
            List<RoadmapItem> items, List<Problem> problems) {
        this.problems = problems;
        for (DataSheet sheet : dataSheets) {
            if (sheets.putIfAbsent(key(sheet.name()), sheet) != null) {
                problems.add(Problem.error(sheet.origin().rowPlace(), "a second data sheet named " + sheet.name()
                        + "; charts could not tell them apart, so only the first is used"));
            }
        }
        kpis.forEach(k -> this.kpis.putIfAbsent(k.id(), k));
        cases.forEach(c -> caseIds.add(c.id()));
        for (RoadmapItem item : items) {
            initiativeIds.add(item.id());
            String theme = item.initiative().theme();
            if (theme != null && !theme.isBlank()) {
                themes.putIfAbsent(key(theme), theme.strip());
            }
        }
    }

    /**
     * The charts that resolve, in table order; every problem goes to {@code problems}. A chart with a
     * problem is left out (its error fails the run anyway). {@code objectiveIds}: the objectives, whose
     * pages may show charts too.
     */
    public static List<UserChartFigures> analyze(List<UserChart> charts, List<DataSheet> dataSheets,
            List<KpiFigures> kpis, List<CaseFigures> cases, List<RoadmapItem> items, List<String> objectiveIds,
            List<Problem> problems) {
        UserChartAnalysis analysis = new UserChartAnalysis(dataSheets, kpis, cases, items, problems);
        analysis.objectiveIds.addAll(objectiveIds);
        Set<String> ids = new HashSet<>();
        List<UserChartFigures> figures = new ArrayList<>();
        for (UserChart chart : charts) {
            if (!ids.add(chart.id().toLowerCase(Locale.ROOT))) {
                problems.add(Problem.error(chart.origin().at("id"), "chart id " + chart.id()
                        + " is used by an earlier chart (ids must differ, ignoring case); this one is left out"));
                continue;
            }
            UserChartFigures f = analysis.resolve(chart);
            if (f != null) {
                figures.add(f);
            }
        }
        return List.copyOf(figures);
    }

    /** Loose names: case, spaces, {@code -} and {@code _} alike. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\\u00a0]+", "_");
    }

    private boolean error(UserChart chart, String field, String message) {
        problems.add(Problem.error(chart.origin().at(field), "chart " + chart.id() + ": " + message));
        return false;
    }

    /** A point of the chart's data: its x, its series and one value per y (NaN when blank). */
    private record Point(Object x, String series, double[] ys) {
    }

    /** The chart's data as points, whatever its source. */
    private record Source(String xTitle, DataType xType, List<String> yNames, boolean percent, List<Point> points) {
    }

    private UserChartFigures resolve(UserChart chart) {
        String[] place = place(chart);
        Source source = chart.data().strip().toLowerCase(Locale.ROOT).startsWith(KPI_PREFIX) ? kpiSource(chart)
                : sheetSource(chart);
        if (place == null || source == null || !fits(chart, source)) {
            return null;
        }
        String unit = chart.unit() == null ? "" : " (" + chart.unit() + ")";
        // A bubble chart's second y column is the bubble size, not a value on the axis.
        String yTitle = (chart.type() == UserChartType.BUBBLE ? source.yNames().get(0)
                : String.join(", ", source.yNames())) + unit;
        UserChartType type = chart.type();
        return switch (type) {
            case SCATTER, BUBBLE -> points(chart, source, place, yTitle);
            case BOX -> boxes(chart, source, place, yTitle);
            default -> categories(chart, source, place, yTitle);
        };
    }

    /** The page and brief the chart goes to, or null after reporting an unknown page. */
    private String[] place(UserChart chart) {
        String page = chart.page();
        if (page == null || page.isBlank()) {
            return new String[] {"charts/" + chart.id() + ".html", null};
        }
        String[] word = PAGE_WORDS.get(key(page));
        if (word != null) {
            return word;
        }
        String id = page.strip();
        if (caseIds.contains(id)) {
            return new String[] {"funding/" + id + ".html", id};
        }
        if (kpis.containsKey(id)) {
            return new String[] {"kpis/" + id + ".html", null};
        }
        if (initiativeIds.contains(id)) {
            return new String[] {"initiatives/" + id + ".html", null};
        }
        if (objectiveIds.contains(id)) {
            return new String[] {"objectives/" + id + ".html", "portfolio"};
        }
        if (themes.containsKey(key(id))) {
            return new String[] {"roadmap.html", "portfolio"};
        }
        error(chart, "page", "page \"" + id + "\" is no page; use overview, kpis, roadmap or funding, a funding"
                + " case id" + some(caseIds) + ", a KPI id" + some(kpis.keySet()) + ", an objective id"
                + some(objectiveIds) + ", an initiative id, a roadmap theme" + some(themes.values())
                + ", or leave it blank for the chart's own page");
        return null;
    }

    /** {@code  (a, b, c, …)} of the first few names, or nothing. */
    private static String some(java.util.Collection<String> names) {
        if (names.isEmpty()) {
            return " (there are none)";
        }
        List<String> sorted = names.stream().sorted().toList();
        String shown = sorted.stream().limit(6).collect(Collectors.joining(", "));
        return " (" + shown + (sorted.size() > 6 ? ", …" : "") + ")";
    }

    private Source kpiSource(UserChart chart) {
        List<String> ids = Arrays.stream(chart.data().strip().substring(KPI_PREFIX.length()).split("[,;]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            error(chart, "data", "kpi: needs one or more KPI ids after it, such as kpi:nps,churn");
            return null;
        }
        List<Point> points = new ArrayList<>();
        boolean percent = true;
        for (String id : ids) {
            KpiFigures kpi = kpis.get(id);
            if (kpi == null) {
                error(chart, "data", "no KPI has the id " + id + "; KPIs" + some(kpis.keySet()));
                return null;
            }
            percent &= kpi.kpi().isPercent();
            for (Observation o : kpi.observations()) {
                points.add(new Point(o.date(), kpi.kpi().name(), new double[] {o.value()}));
            }
        }
        if (chart.x() != null || !chart.y().isEmpty() || chart.seriesBy() != null) {
            problems.add(Problem.warning(chart.origin().at("x"), "chart " + chart.id() + ": x, y and series_by are"
                    + " not used with kpi: data (the dates are x, each KPI a series)"));
        }
        return new Source("Date", DataType.DATE, List.of("Value"), percent, points);
    }

    private Source sheetSource(UserChart chart) {
        DataSheet sheet = sheets.get(key(chart.data()));
        if (sheet == null && key(chart.data()).startsWith("data_")) {
            sheet = sheets.get(key(chart.data()).substring(5));
        }
        if (sheet == null) {
            error(chart, "data", "no data sheet is named " + chart.data().strip() + "; data sheets"
                    + some(sheets.values().stream().map(DataSheet::name).toList())
                    + ", or kpi:ID,ID for KPI values");
            return null;
        }
        List<DataColumn> ys = new ArrayList<>();
        for (String y : chart.y()) {
            DataColumn column = column(chart, sheet, "y", y);
            if (column == null) {
                return null;
            }
            if (column.type() != DataType.NUMBER && column.type() != DataType.PERCENT) {
                error(chart, "y", "column " + y + " of data sheet " + sheet.name() + " holds " + column.type().word()
                        + ", not numbers: y columns must hold numbers or percents");
                return null;
            }
            ys.add(column);
        }
        if (ys.isEmpty()) {
            error(chart, "y", "y is blank: name one or more number columns of data sheet " + sheet.name()
                    + " (" + names(sheet) + ")");
            return null;
        }
        DataColumn x = null;
        if (chart.x() != null) {
            x = column(chart, sheet, "x", chart.x());
            if (x == null) {
                return null;
            }
        } else if (chart.type() != UserChartType.BOX) {
            error(chart, "x", "x is blank: name the column along the x axis, one of " + names(sheet));
            return null;
        }
        DataColumn series = null;
        if (chart.seriesBy() != null) {
            series = column(chart, sheet, "series_by", chart.seriesBy());
            if (series == null) {
                return null;
            }
        }
        List<Point> points = new ArrayList<>(sheet.rows());
        for (int row = 0; row < sheet.rows(); row++) {
            Object xv = x == null ? "" : x.values().get(row);
            if (xv == null) {
                continue;
            }
            double[] values = new double[ys.size()];
            for (int i = 0; i < ys.size(); i++) {
                Double v = ys.get(i).number(row);
                values[i] = v == null ? Double.NaN : v;
            }
            Object sv = series == null ? null : series.values().get(row);
            points.add(new Point(xv, sv == null ? null : text(sv, series.type()), values));
        }
        boolean percent = ys.stream().allMatch(c -> c.type() == DataType.PERCENT);
        return new Source(x == null ? "" : x.name(), x == null ? DataType.TEXT : x.type(),
                ys.stream().map(DataColumn::name).toList(), percent, points);
    }

    private DataColumn column(UserChart chart, DataSheet sheet, String field, String header) {
        DataColumn column = sheet.column(header, UserChartAnalysis::key);
        if (column == null) {
            error(chart, field, "data sheet " + sheet.name() + " has no column " + header + "; its columns are "
                    + names(sheet));
        }
        return column;
    }

    private static String names(DataSheet sheet) {
        return sheet.columns().stream().map(DataColumn::name).collect(Collectors.joining(", "));
    }

    /** Whether the chart's type can draw this data; reports why not. */
    private boolean fits(UserChart chart, Source source) {
        int ys = source.yNames().size();
        switch (chart.type()) {
            case PIE, DONUT:
                if (ys != 1 || chart.seriesBy() != null) {
                    return error(chart, "y", "a " + chart.type().word() + " chart shows one y column and no"
                            + " series_by: its slices are the x values");
                }
                break;
            case BUBBLE:
                if (ys != 2) {
                    return error(chart, "y", "a bubble chart needs two y columns: the y value, then the bubble size");
                }
                break;
            case HEAT_MAP:
                if (ys != 1 || chart.seriesBy() == null) {
                    return error(chart, "series_by", "a heat map needs one y column (the colour) and series_by (its"
                            + " rows; x gives its columns)");
                }
                break;
            default:
                break;
        }
        if ((chart.type() == UserChartType.SCATTER || chart.type() == UserChartType.BUBBLE)
                && source.xType() == DataType.TEXT) {
            return error(chart, "x", "a " + chart.type().word() + " chart needs numbers or dates along x, but column "
                    + source.xTitle() + " holds text; use a line or bar chart for text categories");
        }
        if (chart.stacked() && chart.type() != UserChartType.BAR && chart.type() != UserChartType.AREA
                && chart.type() != UserChartType.STACKED_BAR) {
            problems.add(Problem.warning(chart.origin().at("stacked"), "chart " + chart.id() + ": stacked applies"
                    + " only to bar and area charts; a " + chart.type().word() + " chart is drawn unstacked"));
        }
        return true;
    }

    private String seriesName(Source source, Point p, int y) {
        if (p.series() == null) {
            return source.yNames().get(y);
        }
        return source.yNames().size() > 1 ? p.series() + " · " + source.yNames().get(y) : p.series();
    }

    private UserChartFigures categories(UserChart chart, Source source, String[] place, String yTitle) {
        // Category label → position; dates in date order, anything else in the order of the sheet.
        List<Object> xs = source.points().stream().map(Point::x).distinct().collect(Collectors.toList());
        if (source.xType() != DataType.TEXT) {
            xs.sort(UserChartAnalysis::compare);
        }
        Map<Object, Integer> position = new LinkedHashMap<>();
        xs.forEach(x -> position.putIfAbsent(x, position.size()));
        Map<String, Double[]> values = new LinkedHashMap<>();
        for (Point p : source.points()) {
            for (int y = 0; y < p.ys().length; y++) {
                if (Double.isNaN(p.ys()[y])) {
                    continue;
                }
                Double[] row = values.computeIfAbsent(seriesName(source, p, y), k -> new Double[xs.size()]);
                int at = position.get(p.x());
                row[at] = row[at] == null ? p.ys()[y] : row[at] + p.ys()[y];
            }
        }
        List<String> categories = xs.stream().map(x -> text(x, source.xType())).toList();
        List<Series> series = values.entrySet().stream()
                .map(e -> new Series(e.getKey(), List.of(), Arrays.asList(e.getValue()), List.of())).toList();
        List<List<String>> table = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(source.xTitle().isEmpty() ? "x" : source.xTitle());
        series.forEach(s -> head.add(s.name()));
        table.add(head);
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (Series s : series) {
                row.add(value(s.y().get(i), source.percent()));
            }
            table.add(row);
        }
        return figures(chart, source, place, yTitle, categories, series, table);
    }

    private UserChartFigures points(UserChart chart, Source source, String[] place, String yTitle) {
        boolean bubble = chart.type() == UserChartType.BUBBLE;
        Map<String, List<double[]>> bySeries = new LinkedHashMap<>();
        List<List<String>> table = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("Series", source.xTitle(), source.yNames().get(0)));
        if (bubble) {
            head.add(source.yNames().get(1));
        }
        table.add(head);
        for (Point p : source.points()) {
            double y = p.ys()[0];
            double size = bubble ? p.ys()[1] : 0;
            if (Double.isNaN(y) || Double.isNaN(size)) {
                continue;
            }
            String name = p.series() == null ? source.yNames().get(0) : p.series();
            bySeries.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {xNumber(p.x()), y, size});
            List<String> row = new ArrayList<>(List.of(name, text(p.x(), source.xType()), value(y, source.percent())));
            if (bubble) {
                row.add(value(size, false));
            }
            table.add(row);
        }
        List<Series> series = bySeries.entrySet().stream().map(e -> new Series(e.getKey(),
                e.getValue().stream().map(v -> v[0]).toList(), e.getValue().stream().map(v -> v[1]).toList(),
                bubble ? e.getValue().stream().map(v -> v[2]).toList() : List.<Double>of())).toList();
        return figures(chart, source, place, yTitle, List.of(), series, table);
    }

    private UserChartFigures boxes(UserChart chart, Source source, String[] place, String yTitle) {
        Map<String, List<Double>> bySeries = new LinkedHashMap<>();
        for (Point p : source.points()) {
            for (int y = 0; y < p.ys().length; y++) {
                if (!Double.isNaN(p.ys()[y])) {
                    bySeries.computeIfAbsent(seriesName(source, p, y), k -> new ArrayList<>()).add(p.ys()[y]);
                }
            }
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("Series", "Values", "Lowest", "Median", "Highest"));
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : bySeries.entrySet()) {
            List<Double> sorted = e.getValue().stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            table.add(List.of(e.getKey(), Integer.toString(n), value(sorted.get(0), source.percent()),
                    value(median, source.percent()), value(sorted.get(n - 1), source.percent())));
            series.add(new Series(e.getKey(), List.of(), List.copyOf(e.getValue()), List.of()));
        }
        return figures(chart, source, place, yTitle, List.of(), series, table);
    }

    private UserChartFigures figures(UserChart chart, Source source, String[] place, String yTitle,
            List<String> categories, List<Series> series, List<List<String>> table) {
        if (series.isEmpty()) {
            problems.add(Problem.warning(chart.origin().at("data"), "chart " + chart.id() + " has no values to"
                    + " draw; it is shown with its empty data table"));
        }
        return new UserChartFigures(chart, place[0], place[1], source.xTitle(), yTitle, categories, series,
                source.percent(), source.xType() == DataType.DATE,
                table.stream().map(List::copyOf).toList());
    }

    private static int compare(Object a, Object b) {
        if (a instanceof LocalDate da && b instanceof LocalDate db) {
            return da.compareTo(db);
        }
        if (a instanceof Double da && b instanceof Double db) {
            return Double.compare(da, db);
        }
        return 0;
    }

    private static double xNumber(Object x) {
        return x instanceof LocalDate d ? d.toEpochDay() : x instanceof Double v ? v : Double.NaN;
    }

    /** A cell value as the data table shows it. */
    static String text(Object value, DataType type) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Double v) {
            return value(v, type == DataType.PERCENT);
        }
        return Objects.toString(value, "");
    }

    /** A number as the data table shows it: up to two decimals, a percent with its sign; blank as empty. */
    static String value(Double v, boolean percent) {
        if (v == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(percent ? "#,##0.#%" : "#,##0.##",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(v);
    }
}
