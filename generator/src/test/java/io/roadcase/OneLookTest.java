package io.roadcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.look.Formats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One look: a KPI value, a money figure and a missing value read the same on the overview page
 * ({@code index.html}), in the portfolio brief's text and in a chart's description. The sample data runs
 * with a few extra rows: a case in taka (a currency the JDK has no symbol for in en-US), a {@code %} KPI
 * whose latest value is 12.345 % and has no target, and a case with an ask but no cash flows (no NPV).
 */
class OneLookTest {

    @TempDir
    static Path work;
    static Path out;

    @BeforeAll
    static void generateTheSampleWithTheExtraRows() throws IOException {
        Path data = GeneratorTestSupport.copySample(work.resolve("data"));
        Files.writeString(data.resolve("funding_cases.csv"), "id,title,currency,ask\n"
                + "bd-clinics,Dhaka clinic network,BDT,539726.4\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("kpis.csv"), "id,name,unit,direction\n"
                + "bd-coverage,Clinic coverage,%,higher\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("kpi_values.csv"), "kpi,date,value\n"
                + "bd-coverage,2026-09-01,0.11\nbd-coverage,2026-10-01,0.12345\n", StandardCharsets.UTF_8);
        out = work.resolve("out");
        Result result = new Generator(Config.of(data, out).withReportDate(LocalDate.of(2026, 11, 24))).generate();
        assertThat(result.failed()).as("%s", result.problems()).isFalse();
    }

    @Test
    void aKpiValueReadsTheSameOnThePageInTheBriefAndInTheChart() throws IOException {
        assertThat(cells(index(), "Clinic coverage")).contains("12.35%");
        assertThat(brief()).contains("Clinic coverage 12.35% —");
        assertThat(desc("charts/kpi-trend/bd-coverage.svg")).contains("latest 12.35% on Oct 1, 2026");
        // and a KPI of the sample itself
        assertThat(cells(index(), "Trial-to-paid conversion")).contains("16.5%", "20.0%");
        assertThat(brief()).contains("Trial-to-paid conversion 16.5% 20.0%");
        assertThat(desc("charts/kpi-trend/trial-conversion.svg")).contains("latest 16.5%", "target 20.0%");
    }

    @Test
    void moneyReadsTheSameOnThePageInTheBriefAndInTheChart() throws IOException {
        assertThat(cells(index(), "Dhaka clinic network")).contains("BDT 539,726");
        assertThat(brief()).contains("Dhaka clinic network Proposed BDT 539,726").doesNotContain("BDT539,726");
        assertThat(desc("charts/portfolio-npv-ask.svg")).contains("Dhaka clinic network ask BDT 539,726,");
        assertThat(cells(index(), "AI-assisted ticket triage pilot")).contains("USD 378,000", "USD -58,624");
        assertThat(brief()).contains("AI-assisted ticket triage pilot Draft USD 378,000 USD -58,624")
                .doesNotContain("$378,000");
        assertThat(desc("charts/portfolio-npv-ask.svg")).contains("ask USD 378,000, NPV USD -58,624");
    }

    @Test
    void aMissingValueIsTheSameDashOnThePageInTheBriefAndInTheChart() throws IOException {
        assertThat(Formats.NONE).isEqualTo("—");
        List<String> row = cells(index(), "Dhaka clinic network");
        assertThat(row.get(row.indexOf("BDT 539,726") + 1)).as("its NPV").isEqualTo(Formats.NONE);
        assertThat(cells(index(), "Clinic coverage")).as("no target").contains(Formats.NONE);
        assertThat(brief()).contains("Dhaka clinic network Proposed BDT 539,726 — — —");
        // An en dash is only ever a range between two dates (an objective's period), never a missing value.
        assertThat(brief().replaceAll("(\\d)\\s*–\\s*(\\d)", "$1 $2")).doesNotContain("–");
        assertThat(desc("charts/portfolio-npv-ask.svg")).contains("Dhaka clinic network ask BDT 539,726, NPV —")
                .doesNotContain("n/a");
    }

    /** The text of each cell of the first table row that names {@code name}. */
    private static List<String> cells(Document page, String name) {
        Element row = page.select("tr").stream().filter(tr -> tr.text().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
        return row.select("th, td").eachText();
    }

    private static Document index() throws IOException {
        return Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    }

    /** The portfolio brief's text, each run of white space (line breaks in a table cell too) as one space. */
    private static String brief() throws IOException {
        return PdfText.flat(out.resolve("pdf/portfolio.pdf"));
    }

    private static String desc(String chart) throws IOException {
        Document svg = Jsoup.parse(Files.readString(out.resolve(chart)), "", Parser.xmlParser());
        return svg.selectFirst("desc").text();
    }
}
