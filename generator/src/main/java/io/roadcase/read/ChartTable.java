package io.roadcase.read;

import io.roadcase.model.Problem;
import io.roadcase.model.UserChart;
import io.roadcase.model.UserChartType;
import io.roadcase.source.RowSink;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The optional {@code charts} table: the user's own charts, one per row, over a data sheet or KPI
 * series. Whether {@code data}, {@code x}, {@code y}, {@code series_by} and {@code page} name something
 * that exists is checked once everything is read ({@link io.roadcase.analyze.UserChartAnalysis}). Unlike
 * other tables, a column it does not know is an error: a misspelt {@code seires_by} would otherwise
 * quietly draw a different chart.
 */
public final class ChartTable extends Table<UserChart> {

    public static final Vocabulary<UserChartType> TYPES = types();

    public static final Column ID = Column.of("id", ColumnType.ID).asRequired()
            .notes("names the chart's files (charts/user/<id>.svg) and its own page (charts/<id>.html)");
    public static final Column TITLE = Column.of("title", ColumnType.TEXT).asRequired().aliases("name");
    public static final Column TYPE = Column.of("type", ColumnType.ENUM).asRequired().words(TYPES)
            .aliases("chart type", "kind");
    public static final Column DATA = Column.of("data", ColumnType.TEXT).asRequired().aliases("source", "sheet")
            .notes("a data sheet's name (data incidents or incidents), or kpi:ID,ID for the values of KPIs");
    public static final Column X = Column.of("x", ColumnType.TEXT).aliases("category", "x column")
            .notes("the data sheet column along the x axis, or the slices of a pie; not used by box charts");
    public static final Column Y = Column.of("y", ColumnType.TEXT).aliases("values", "y columns", "y column")
            .notes("one or more number or percent columns, separated by commas; bubble: y then bubble size");
    public static final Column SERIES_BY = Column.of("series_by", ColumnType.TEXT).aliases("series", "group by")
            .notes("a column whose values split the rows into series (one line or bar colour each);"
                    + " heat map: the rows of the grid");
    public static final Column STACKED = Column.of("stacked", ColumnType.BOOLEAN)
            .notes("bar and area charts: stack the series");
    public static final Column UNIT = Column.of("unit", ColumnType.TEXT).notes("shown with the values: USD, ms, %");
    public static final Column PAGE = Column.of("page", ColumnType.TEXT).aliases("place", "show on")
            .notes("overview, kpis, roadmap, funding, a funding case id, a KPI id, an initiative id or a roadmap"
                    + " theme (objective); blank = its own page, charts/<id>.html");
    public static final Column NOTE = Column.of("note", ColumnType.MARKDOWN).aliases("notes", "description");

    public ChartTable() {
        super("charts", List.of("user charts", "own charts", "my charts"),
                "Optional. One chart per row, drawn from a data sheet or KPI values. See docs/charts.md.",
                ID, TITLE, TYPE, DATA, X, Y, SERIES_BY, STACKED, UNIT, PAGE, NOTE);
    }

    private static Vocabulary<UserChartType> types() {
        return Vocabulary.of(UserChartType.LINE, "line", "line chart")
                .and(UserChartType.AREA, "area", "area chart")
                .and(UserChartType.BAR, "bar", "bar chart", "column", "columns")
                .and(UserChartType.STACKED_BAR, "stacked bar", "stacked bars", "stacked column")
                .and(UserChartType.PIE, "pie", "pie chart")
                .and(UserChartType.DONUT, "donut", "doughnut", "ring")
                .and(UserChartType.SCATTER, "scatter", "scatter plot", "xy")
                .and(UserChartType.BUBBLE, "bubble", "bubble chart")
                .and(UserChartType.RADAR, "radar", "spider", "web")
                .and(UserChartType.BOX, "box", "box plot", "boxplot", "box and whisker")
                .and(UserChartType.HEAT_MAP, "heat map", "heatmap");
    }

    @Override
    protected UserChart read(Row row) {
        String id = row.id(ID);
        UserChartType type = row.word(TYPE);
        String data = row.text(DATA);
        if (id == null || type == null || data == null) {
            return null;
        }
        String title = row.text(TITLE);
        return new UserChart(id, title == null ? id : title, type, data, row.text(X), list(row.text(Y)),
                row.text(SERIES_BY), row.bool(STACKED), row.text(UNIT), row.text(PAGE), row.markdown(NOTE),
                row.origin());
    }

    /** {@code a, b; c} as {@code [a, b, c]}; blank as empty. */
    static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    RowSink sink(String file, String sheet, ReadContext context, Consumer<? super UserChart> out) {
        return new TableSink<>(this, file, sheet, context, out) {
            @Override
            protected void header(Header header, int number) {
                super.header(header, number);
                for (int i = 0; i < header.extraNames.size(); i++) {
                    context.problems().add(Problem.error(
                            Header.cellPlace(file, sheet, number, header.extraIndexes.get(i), header.extraNames.get(i)),
                            "column " + FoundText.quoted(header.extraNames.get(i)) + " is not a column of the charts"
                                    + " table; its columns are " + columns().stream().map(Column::name)
                                            .collect(Collectors.joining(", "))));
                }
            }
        };
    }
}
