package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bidi overrides, zero-width and control characters and lone surrogates in cells neither spoof nor break
 * any output: pages and SVG charts drop the controls and overrides (an SVG stays XML 1.0), the briefs
 * draw none, and data.json stays valid JSON holding what the cell held.
 */
class HostileCharactersTest {

    /** "Approve \u202Efdp.exe" shows as "Approve exe.pdf" where the override works. */
    private static final String SPOOF = "Approve \u202Efdp.exe\u202C now";
    private static final String CONTROLS = "Bell\u0007 escape\u001B[31m red\u0085 next\u009B csi\u0000 nul";
    private static final String ISOLATE = "Wide\u2066 isolate\u2069 and\u200B zero\u200Dwidth";
    private static final String SURROGATE = "Lone \uD800 surrogate";

    @TempDir
    Path tmp;

    @Test
    void noOutputIsSpoofedOrBrokenByControlCharacters() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        List<String> texts = List.of(SPOOF, CONTROLS, ISOLATE, SURROGATE);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(data.resolve("p.xlsx"))) {
            XSSFSheet roadmap = wb.createSheet("roadmap");
            row(roadmap, 0, "id", "title", "theme", "team", "start", "end", "funding_case", "description");
            for (int i = 0; i < texts.size(); i++) {
                row(roadmap, i + 1, "I" + i, texts.get(i), texts.get(i), texts.get(i), "2027-01-01", "2027-06-30",
                        "C" + i, texts.get(i));
            }
            XSSFSheet cases = wb.createSheet("funding_cases");
            row(cases, 0, "id", "title", "summary");
            XSSFSheet flows = wb.createSheet("cash_flows");
            row(flows, 0, "case", "period", "type", "category", "amount");
            XSSFSheet kpis = wb.createSheet("kpis");
            row(kpis, 0, "id", "name", "unit", "target");
            for (int i = 0; i < texts.size(); i++) {
                row(cases, i + 1, "C" + i, texts.get(i), texts.get(i));
                row(flows, 2 * i + 1, "C" + i, "0", "cost", texts.get(i), "1000");
                row(flows, 2 * i + 2, "C" + i, "1", "benefit", texts.get(i), "1500");
                row(kpis, i + 1, "K" + i, texts.get(i), "ms", "10");
            }
            wb.write(out);
        }
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"generate", "--data", data.toString(), "--out", out.toString(),
            "--report-date", "2026-11-24"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();

        List<Path> files;
        try (Stream<Path> all = Files.walk(out)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".html") || name.endsWith(".svg")) {
                String text = strictUtf8(f);
                text.codePoints().forEach(c -> assertThat(removed(c)).as("%s has U+%04X", f, c).isFalse());
                assertThat(text).as(name).doesNotContain("fdp.exe\u202C");
            }
            if (name.endsWith(".svg")) {
                try {
                    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
                    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    xml.newDocumentBuilder().parse(f.toFile());
                } catch (Exception e) {
                    throw new AssertionError(f + " is not XML: " + e.getMessage(), e);
                }
            }
        }
        String roadmap = Files.readString(out.resolve("roadmap.html"));
        // Overrides and isolates go; zero-width joiners stay (emoji and Persian need them).
        assertThat(roadmap).contains("Approve fdp.exe now", "Wide isolate and\u200B zero\u200Dwidth", "escape", "csi");

        // data.json keeps the text as read and stays valid JSON (the parser reads it to the end).
        List<String> titles = BoundedOutputTest.jsonStrings(out.resolve("data.json"), "title");
        assertThat(titles).contains(SPOOF, ISOLATE);
        strictUtf8(out.resolve("data.json"));

        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/portfolio.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("fdp.exe").doesNotContain("\u202E").doesNotContain("\u0007")
                    .doesNotContain("\u001B");
        }
    }

    @Test
    void rawControlCharactersInACsvNeverReachPagesAndStayInDataJson() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        // A CSV holds C0 and C1 controls as they are (a workbook escapes some of them).
        Files.writeString(data.resolve("roadmap.csv"), "id,title,theme\nI1,\"" + CONTROLS + "\",\"" + SPOOF + "\"\n");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"generate", "--data", data.toString(), "--out", out.toString(),
            "--report-date", "2026-11-24"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();

        for (String page : List.of("roadmap.html", "initiatives/I1.html", "charts/roadmap-timeline.svg")) {
            String text = strictUtf8(out.resolve(page));
            text.codePoints().forEach(c -> assertThat(removed(c)).as("%s has U+%04X", page, c).isFalse());
        }
        assertThat(Files.readString(out.resolve("roadmap.html"))).contains("Bell escape[31m red next csi nul");
        assertThat(BoundedOutputTest.jsonStrings(out.resolve("data.json"), "title")).contains(CONTROLS);
        assertThat(BoundedOutputTest.jsonStrings(out.resolve("data.json"), "theme")).contains(SPOOF);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/portfolio.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("escape").doesNotContain("\u0007")
                    .doesNotContain("\u001B").doesNotContain("\u202E");
        }
    }

    private static boolean removed(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff);
    }

    /** The file's text; a lone surrogate written as bytes would not decode. */
    private static String strictUtf8(Path f) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(f)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(f + " is not UTF-8: " + e, e);
        }
    }

    private static void row(XSSFSheet sheet, int at, String... cells) {
        var row = sheet.createRow(at);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
