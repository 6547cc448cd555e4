package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.DataColumn;
import io.roadcase.model.DataSheet;
import io.roadcase.model.DataType;
import io.roadcase.model.Origin;
import io.roadcase.model.Problem;
import io.roadcase.model.UserChart;
import io.roadcase.model.UserChartFigures;
import io.roadcase.model.UserChartType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charts table against the data: names that do not exist are errors at their cell, listing what does. */
class UserChartAnalysisTest {

    private static final Origin ROW = new Origin("charts.csv", null, 2, Map.of("id", "id", "data", "data", "x", "x",
            "y", "y", "series_by", "series_by", "page", "page", "stacked", "stacked"));

    private static final DataSheet SALES = new DataSheet("Sales", List.of(
            new DataColumn("Region", DataType.TEXT, Arrays.asList("North", "South", "North")),
            new DataColumn("Quarter", DataType.DATE, Arrays.asList(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 1))),
            new DataColumn("Revenue", DataType.NUMBER, Arrays.asList(10.0, 20.0, 5.0)),
            new DataColumn("Margin", DataType.PERCENT, Arrays.asList(0.1, 0.2, 0.3))), 3, Origin.NONE);

    private final List<Problem> problems = new ArrayList<>();

    private List<UserChartFigures> analyze(UserChart... charts) {
        return UserChartAnalysis.analyze(List.of(charts), List.of(SALES), List.of(), List.of(), List.of(), List.of(),
                problems);
    }

    private static UserChart chart(UserChartType type, String data, String x, List<String> y, String seriesBy,
            String page) {
        return new UserChart("sales", "Sales", type, data, x, y, seriesBy, false, null, page, null, ROW);
    }

    @Test
    void sumsRowsWithTheSameXAndSeriesAndOrdersDates() {
        List<UserChartFigures> figures = analyze(chart(UserChartType.BAR, "data sales", "quarter",
                List.of("revenue"), "region", "overview"));
        assertThat(problems).isEmpty();
        UserChartFigures f = figures.get(0);
        assertThat(f.categories()).containsExactly("2026-01-01", "2026-04-01");
        assertThat(f.series()).extracting(UserChartFigures.Series::name).containsExactly("North", "South");
        assertThat(f.series().get(0).y()).containsExactly(5.0, 10.0);
        assertThat(f.series().get(1).y()).containsExactly(20.0, null);
        assertThat(f.page()).isEqualTo("index.html");
        assertThat(f.brief()).isEqualTo("portfolio");
        assertThat(f.table()).containsExactly(List.of("Quarter", "North", "South"), List.of("2026-01-01", "5", "20"),
                List.of("2026-04-01", "10", ""));
    }

    @Test
    void aBlankPageIsTheChartsOwnPage() {
        UserChartFigures f = analyze(chart(UserChartType.PIE, "Sales", "Region", List.of("Revenue"), null, null)).get(0);
        assertThat(f.page()).isEqualTo("charts/sales.html");
        assertThat(f.brief()).isNull();
        assertThat(f.table()).contains(List.of("North", "15"));
    }

    @Test
    void anUnknownDataSheetListsTheDataSheets() {
        assertThat(analyze(chart(UserChartType.LINE, "salse", "Region", List.of("Revenue"), null, null))).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.place().column()).isEqualTo("data");
            assertThat(p.message()).contains("no data sheet is named salse").contains("(Sales)");
        });
    }

    @Test
    void anUnknownColumnListsTheSheetsColumns() {
        analyze(chart(UserChartType.LINE, "Sales", "Region", List.of("Revenue", "Profit"), null, null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.place().column()).isEqualTo("y");
            assertThat(p.message()).contains("no column Profit").contains("Region, Quarter, Revenue, Margin");
        });
    }

    @Test
    void aTextColumnCannotBeAValue() {
        analyze(chart(UserChartType.BAR, "Sales", "Quarter", List.of("Region"), null, null));
        assertThat(problems).singleElement().extracting(Problem::message).asString()
                .contains("holds text, not numbers");
    }

    @Test
    void anUnknownPageListsTheAcceptedPlaces() {
        analyze(chart(UserChartType.BAR, "Sales", "Region", List.of("Revenue"), null, "dashboard"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.place().column()).isEqualTo("page");
            assertThat(p.message()).contains("\"dashboard\" is no page").contains("overview, kpis, roadmap or funding")
                    .contains("a funding case id").contains("a KPI id").contains("own page");
        });
    }

    @Test
    void eachTypeSaysWhatItNeeds() {
        analyze(chart(UserChartType.BUBBLE, "Sales", "Revenue", List.of("Margin"), null, null));
        analyze(chart(UserChartType.HEAT_MAP, "Sales", "Quarter", List.of("Revenue"), null, null));
        analyze(chart(UserChartType.SCATTER, "Sales", "Region", List.of("Revenue"), null, null));
        analyze(chart(UserChartType.PIE, "Sales", "Region", List.of("Revenue", "Margin"), null, null));
        assertThat(problems).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("bubble chart needs two y columns"),
                m -> assertThat(m).contains("heat map needs one y column").contains("series_by"),
                m -> assertThat(m).contains("needs numbers or dates along x"),
                m -> assertThat(m).contains("pie chart shows one y column"));
    }

    @Test
    void twoChartsMayNotShareAnId() {
        UserChart one = chart(UserChartType.BAR, "Sales", "Region", List.of("Revenue"), null, null);
        assertThat(analyze(one, one)).hasSize(1);
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("used by an earlier chart");
    }

    @Test
    void kpiDataNeedsKnownKpis() {
        analyze(chart(UserChartType.LINE, "kpi:nps, churn", null, List.of(), null, null));
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("no KPI has the id nps");
    }
}
