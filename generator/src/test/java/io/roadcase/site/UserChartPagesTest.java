package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Config;
import io.roadcase.Generator;
import io.roadcase.Result;
import io.roadcase.model.Problem;
import io.roadcase.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own charts end to end: CSV data sheets and a charts table in, charts placed on the
 * overview, a case, a KPI, an initiative and their own page out, each with its data table, and in the
 * portfolio and case briefs.
 */
class UserChartPagesTest {

    @TempDir
    static Path folder;
    static Path out;
    static Result result;

    @BeforeAll
    static void generate() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        write(data, "roadmap.csv", "id,title,theme,start,end\nA-1,Alpha,Growth,2026-01-01,2026-06-30\n");
        write(data, "kpis.csv", "id,name,unit\nnps,Net promoter score,\nchurn,Logo churn,%\n");
        write(data, "kpi_values.csv", "kpi,date,value\nnps,2026-01-31,31\nnps,2026-02-28,35\nchurn,2026-01-31,2%\n"
                + "churn,2026-02-28,1.5%\n");
        write(data, "funding_cases.csv", "id,title\nfc-one,Case one\n");
        write(data, "objectives.csv", "id,title,period,key_results\nretain,Keep customers,2026,churn\n");
        write(data, "data incidents.csv", "month,severity,count,minutes\n2026-01,high,3,120\n2026-01,low,7,30\n"
                + "2026-02,high,1,45\n2026-02,low,9,20\n2026-02,low,2,15\n");
        write(data, "Data-Budget.csv", "department,budget,spent\nSales,120000,90000\nSupport,80000,81000\n"
                + "R&D,200000,150000\n");
        write(data, "charts.csv", """
                id,title,type,data,x,y,series_by,stacked,unit,page,note
                incidents,Incidents by month,stacked bar,incidents,month,count,severity,yes,incidents,overview,"Counted **per month**."
                budget,Budget by department,pie,data budget,department,budget,,,USD,fc-one,
                kpi-lines,NPS over time,line,kpi:nps,,,,,,nps,
                minutes,Minutes by incident,box,incidents,,minutes,severity,,min,A-1,
                spend,Budget against spend,bar,budget,department,"budget, spent",,,USD,,
                growth-heat,Incidents by team,heat map,incidents,month,count,severity,,,GROWTH,
                kpi-radar,Budget shape,radar,budget,department,"budget, spent",,,,kpis,
                churn-goal,Churn against the goal,line,kpi:churn,,,,,%,retain,
                """);
        out = folder.resolve("site");
        result = new Generator(Config.of(data, out).withReportDate(LocalDate.of(2026, 3, 1))).generate();
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void generatesWithoutErrors() {
        assertThat(result.problems().stream().filter(Problem::isError)).isEmpty();
        assertThat(result.failed()).isFalse();
    }

    @Test
    void overviewShowsItsChartWithItsDataTable() throws IOException {
        Element figure = page("index.html").getElementById("chart-incidents");
        assertThat(figure).isNotNull();
        assertThat(figure.selectFirst("img").attr("src")).isEqualTo("charts/user/incidents.svg");
        assertThat(figure.selectFirst("img").attr("alt")).contains("Stacked bar chart").contains("high, low");
        assertThat(figure.select("table caption").text()).isEqualTo("Data of Incidents by month");
        assertThat(figure.select("thead th").eachText()).containsExactly("month", "high", "low");
        // Two low rows in February are added up.
        assertThat(figure.select("tbody tr").get(1).select("th, td").eachText())
                .containsExactly("2026-02-01", "1", "11");
        assertThat(figure.select(".prose strong").text()).isEqualTo("per month");
        assertThat(Files.exists(out.resolve("charts/user/incidents.svg"))).isTrue();
        assertThat(Files.exists(out.resolve("charts/user/incidents.png"))).isTrue();
    }

    @Test
    void eachPlacementShowsOnItsPage() throws IOException {
        assertThat(page("funding/fc-one.html").getElementById("chart-budget")).isNotNull();
        assertThat(page("kpis/nps.html").getElementById("chart-kpi-lines")).isNotNull();
        assertThat(page("initiatives/A-1.html").getElementById("chart-minutes")).isNotNull();
        assertThat(page("roadmap.html").getElementById("chart-budget")).isNull();
        assertThat(page("objectives/retain.html").getElementById("chart-churn-goal")).isNotNull();
        // A roadmap theme places the chart on the roadmap page, matched loosely.
        assertThat(page("roadmap.html").getElementById("chart-growth-heat")).isNotNull();
        assertThat(page("kpis.html").getElementById("chart-kpi-radar")).isNotNull();
        Document own = page("charts/spend.html");
        assertThat(own.title()).startsWith("Budget against spend");
        assertThat(own.selectFirst("#chart-spend img").attr("src")).isEqualTo("../charts/user/spend.svg");
        assertThat(page("index.html").select(".chart-pages a").attr("href")).isEqualTo("charts/spend.html");
    }

    @Test
    void briefsCarryTheChartsPlacedOnTheirPages() throws IOException {
        String portfolio = text("pdf/portfolio.pdf");
        assertThat(portfolio).contains("Incidents by month").contains("2026-02-01 1 11");
        String fc = text("pdf/fc-one.pdf");
        assertThat(fc).contains("Budget by department").contains("R&D 200,000");
        assertThat(portfolio).doesNotContain("Budget by department");
    }

    @Test
    void dataJsonListsTheCharts() throws IOException {
        String json = Files.readString(out.resolve("data.json"));
        assertThat(json).contains("\"userCharts\"").contains("\"incidents\"").contains("\"stacked bar\"");
    }

    private static String text(String pdf) throws IOException {
        return PdfText.flat(out.resolve(pdf));
    }
}
