package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output stays bounded whatever the input's size: long texts are cut where they are shown (data.json keeps
 * them whole), and big tables in the briefs and pages summarise instead of growing. Sizes and page counts
 * are asserted, never times.
 */
class BoundedOutputTest {

    /** Excel's longest cell. */
    private static final int LONGEST_CELL = 32_767;

    @TempDir
    Path tmp;

    @Test
    void aLongestCellTitleInEveryRowMakesPagesOfBoundedSizeAndDataJsonKeepsIt() throws IOException {
        int rows = 300;
        String title = longText('T');
        String theme = longText('H');
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(data.resolve("roadmap.xlsx"))) {
            XSSFSheet roadmap = wb.createSheet("roadmap");
            row(roadmap, 0, "id", "title", "theme", "team", "start", "end", "funding_case");
            for (int i = 1; i <= rows; i++) {
                // Excel stores the same text once (shared strings): the workbook stays small.
                row(roadmap, i, "I" + i, title, theme, theme, "2027-01-01", "2027-06-30", "C" + (i % 5));
            }
            XSSFSheet cases = wb.createSheet("funding_cases");
            row(cases, 0, "id", "title", "sponsor");
            XSSFSheet flows = wb.createSheet("cash_flows");
            row(flows, 0, "case", "period", "type", "category", "amount");
            for (int c = 0; c < 5; c++) {
                row(cases, c + 1, "C" + c, title, theme);
                row(flows, 2 * c + 1, "C" + c, "0", "cost", title, "1000");
                row(flows, 2 * c + 2, "C" + c, "1", "benefit", theme, "1500");
            }
            XSSFSheet kpis = wb.createSheet("kpis");
            row(kpis, 0, "id", "name", "unit", "target");
            for (int k = 1; k <= 20; k++) {
                row(kpis, k, "K" + k, title, theme, "10");
            }
            wb.write(out);
        }
        assertThat(Files.size(data.resolve("roadmap.xlsx"))).isLessThan(200_000);

        Path out = generate(data, tmp.resolve("out"));

        long shown = 0;
        for (Path f : files(out)) {
            String name = out.relativize(f).toString();
            long size = Files.size(f);
            if (!name.equals("data.json")) {
                shown += size;
            }
            if (name.endsWith(".html")) {
                // Before: roadmap.html held each title seven times, 69 MB for these 300 rows.
                assertThat(size).as(name).isLessThan(1_500_000);
            } else if (name.endsWith(".svg")) {
                // The timeline draws at most 400 rows, each label cut to fit.
                assertThat(size).as(name).isLessThan(1_000_000);
            } else if (name.endsWith(".pdf")) {
                assertThat(size).as(name).isLessThan(1_000_000);
            }
        }
        // Everything but data.json: the fonts, some hundred pages and charts.
        assertThat(shown).isLessThan(15_000_000);
        assertThat(Files.readString(out.resolve("roadmap.html"))).contains(title.substring(0, 480))
                .doesNotContain(title.substring(0, 520)).contains("T\u2026");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/portfolio.pdf").toFile())) {
            // At most 100 rows a table, each cell at most 300 characters: bounded whatever the row count.
            assertThat(pdf.getNumberOfPages()).isLessThan(120);
            assertThat(new PDFTextStripper().getText(pdf)).contains("and 200 more initiatives");
        }
        // data.json keeps every title whole.
        List<String> titles = jsonStrings(out.resolve("data.json"), "title");
        assertThat(titles).filteredOn(title::equals).hasSize(rows + 5);
    }

    @Test
    void tenThousandInitiativesMakeABriefOfBoundedLength() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        StringBuilder csv = new StringBuilder("id,title,theme,status,start,end\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("I").append(i).append(",Initiative ").append(i).append(",Theme ").append(i % 7)
                    .append(",in-progress,2027-01-01,2027-06-30\n");
        }
        Files.writeString(data.resolve("roadmap.csv"), csv);

        Path out = generate(data, tmp.resolve("out"), "--only", "pdf");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/portfolio.pdf").toFile())) {
            // Before: 250 pages of initiatives.
            assertThat(pdf.getNumberOfPages()).isLessThan(15);
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("and 9,900 more initiatives: see the roadmap page on the site");
        }
    }

    @Test
    void twoThousandFundingCasesMakeAPortfolioBriefOfBoundedLength() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        StringBuilder cases = new StringBuilder("id,title\n");
        StringBuilder flows = new StringBuilder("case,period,type,amount\n");
        for (int i = 0; i < 2_000; i++) {
            cases.append("C").append(i).append(",Case ").append(i).append('\n');
            flows.append("C").append(i).append(",0,cost,1000\nC").append(i).append(",1,benefit,800\nC").append(i)
                    .append(",2,benefit,800\n");
        }
        Files.writeString(data.resolve("funding_cases.csv"), cases);
        Files.writeString(data.resolve("cash_flows.csv"), flows);

        Path out = generate(data, tmp.resolve("out"), "--only", "pdf");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/portfolio.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isLessThan(15);
            assertThat(new PDFTextStripper().getText(pdf)).contains("and 1,900 more funding cases");
        }
        assertThat(out.resolve("pdf/C1999.pdf")).exists();
    }

    @Test
    void aHundredThousandDatedCashFlowsMakeABriefAndAPageOfBoundedSize() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("funding_cases.csv"), "id,title\nD1,Dated case\n");
        StringBuilder flows = new StringBuilder("case,period,type,category,amount\n");
        LocalDate start = LocalDate.of(2027, 1, 1);
        for (int i = 0; i < 100_000; i++) {
            // 5,000 dates and 2,000 categories: a grid of 10 million cells if nothing summarised.
            flows.append("D1,").append(start.plusDays(i % 5_000)).append(i % 3 == 0 ? ",cost," : ",benefit,")
                    .append("Line ").append(i % 2_000).append(',').append(100 + i % 50).append('\n');
        }
        Files.writeString(data.resolve("cash_flows.csv"), flows);

        Path out = generate(data, tmp.resolve("out"), "--only", "pdf,site");

        assertThat(Files.size(out.resolve("funding/D1.html"))).isLessThan(1_000_000);
        assertThat(Files.readString(out.resolve("funding/D1.html"))).contains("the first 120 of 5000 periods")
                .contains("other lines");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/D1.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isLessThan(40);
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("the first 42 of 5,000 periods").contains("other cost lines");
        }
    }

    private static String longText(char c) {
        StringBuilder s = new StringBuilder(LONGEST_CELL);
        while (s.length() < LONGEST_CELL) {
            s.append(s.length() % 11 == 10 ? ' ' : c);
        }
        return s.toString();
    }

    private static void row(XSSFSheet sheet, int at, String... cells) {
        var row = sheet.createRow(at);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }

    private static Path generate(Path data, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--data", data.toString(), "--out", out.toString(),
                "--report-date", "2026-11-24"));
        args.addAll(List.of(more));
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    /** Every string value of the fields with this name; parsing to the end proves the JSON valid. */
    static List<String> jsonStrings(Path json, String field) throws IOException {
        List<String> values = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING && field.equals(p.currentName())) {
                    values.add(p.getText());
                }
            }
        }
        return values;
    }
}
