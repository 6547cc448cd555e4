package io.roadcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mitigation typed over several lines (bullets) keeps its lines on the case page and in its brief. */
class MultiLineTextTest {

    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void keepsTheLinesOfATextCellOnPagesAndInBriefs() throws Exception {
        Files.writeString(data.resolve("funding_cases.csv"), "id,title\nshop,Shop\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("cash_flows.csv"), "case,period,type,amount\nshop,0,cost,100\n"
                + "shop,1,benefit,300\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("risks.csv"), "risk,case,likelihood,impact,mitigation\n"
                + "Fraud,shop,3,4,\"- Alpha check\n- Beta review\"\n", StandardCharsets.UTF_8);

        Result result = new Generator(Config.of(data, out).withReportDate(LocalDate.of(2026, 6, 30))).generate();

        assertThat(result.failed()).as("%s", result.problems()).isFalse();
        Element cell = Jsoup.parse(out.resolve("funding/shop.html").toFile(), "UTF-8")
                .select("td.lines").stream().filter(td -> td.wholeText().contains("Alpha")).findFirst().orElseThrow();
        assertThat(cell.wholeText()).isEqualTo("- Alpha check\n- Beta review");
        String css = Files.readString(out.resolve("assets/css/roadcase.css"));
        assertThat(css).contains(".lines { white-space: pre-line; }");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/shop.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).containsPattern("- Alpha check\\s*\\R(.*\\R)?\\s*- Beta review");
        }
    }
}
