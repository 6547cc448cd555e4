package io.roadcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.KpiFigures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KPI with a long history: the pages that show every KPI at once (the overview, the KPIs page) draw
 * and list its latest {@link KpiFigures#RECENT} values and link to its own page, which lists them all,
 * as data.json keeps them all; a KPI with a short history shows everything everywhere.
 */
class LongKpiHistoryTest {

    private static final int LONG = KpiFigures.RECENT + 4;

    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void pagesShowingEveryKpiShowTheLatestValuesAndLinkToTheWholeHistory() throws Exception {
        Files.writeString(data.resolve("kpis.csv"), "id,name,unit,direction,target\nlong,Long one,ms,lower,100\n"
                + "short,Short one,ms,lower,100\n", StandardCharsets.UTF_8);
        StringBuilder values = new StringBuilder("kpi,date,value\n");
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < LONG; i++) {
            values.append("long,").append(first.plusMonths(i)).append(',').append(1000 + i).append('\n');
        }
        for (int i = 0; i < 3; i++) {
            values.append("short,").append(first.plusMonths(i)).append(',').append(2000 + i).append('\n');
        }
        Files.writeString(data.resolve("kpi_values.csv"), values, StandardCharsets.UTF_8);

        Result result = new Generator(Config.of(data, out).withReportDate(LocalDate.of(2026, 6, 30))).generate();
        assertThat(result.failed()).as("%s", result.problems()).isFalse();

        Document index = page("index.html");
        Element table = index.select("details.chart-data").stream()
                .filter(d -> d.selectFirst("summary").text().equals("Values behind the trend lines")).findFirst()
                .orElseThrow().selectFirst("table");
        assertThat(table.selectFirst("caption").text()).startsWith("The latest values of each KPI");
        assertThat(rowsOf(table, "Long one")).isEqualTo(KpiFigures.RECENT);
        assertThat(rowsOf(table, "Short one")).isEqualTo(3);
        assertThat(table.text()).contains("1,039").doesNotContain("1,003"); // the latest, not the oldest

        Element block = page("kpis.html").getElementById("kpi-long").closest("section");
        assertThat(block.selectFirst("caption").text())
                .isEqualTo("The latest " + KpiFigures.RECENT + " of " + LONG + " values of Long one");
        assertThat(block.select("tbody tr")).hasSize(KpiFigures.RECENT);
        assertThat(block.select("tbody").text()).contains("Apr 1, 2023").doesNotContain("Jan 1, 2020");
        assertThat(block.selectFirst("p.more a").attr("href")).isEqualTo("kpis/long.html");
        Element shortBlock = page("kpis.html").getElementById("kpi-short").closest("section");
        assertThat(shortBlock.selectFirst("caption").text()).isEqualTo("Values of Short one");
        assertThat(shortBlock.select("p.more")).isEmpty();

        Document own = page("kpis/long.html");
        assertThat(own.select("section[aria-labelledby=values] tbody tr")).hasSize(LONG);
        assertThat(own.text()).contains("Jan 1, 2020"); // the oldest value, which the other pages leave out
        assertThat(Files.readString(out.resolve("data.json"))).contains("\"2020-01-01\"");
        String sparkline = Files.readString(out.resolve("charts/kpi-sparkline/long.svg"));
        assertThat(sparkline).contains("the latest " + KpiFigures.RECENT + " of " + LONG + " values");
    }

    private Document page(String name) throws Exception {
        return Jsoup.parse(out.resolve(name).toFile(), "UTF-8");
    }

    private static long rowsOf(Element table, String kpi) {
        return table.select("tbody tr").stream().filter(row -> row.selectFirst("th").text().equals(kpi)).count();
    }
}
