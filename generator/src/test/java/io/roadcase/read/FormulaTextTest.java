package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Initiative;
import io.roadcase.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that a spreadsheet would run as a formula (CSV/formula injection: {@code =HYPERLINK(...)},
 * {@code @SUM(...)}, {@code +cmd|...}) is read as plain text wherever it appears, in sheet names,
 * headers and cells, and kept exactly as written.
 */
class FormulaTextTest {

    private static final String LINK = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private static final String SUM = "@SUM(1+1)";
    private static final String COMMAND = "=cmd|' /C calc'!A0";
    private static final String SHEET = "=HYPERLINK(\"a\",\"b\")";

    @TempDir
    Path folder;

    @Test
    void readsFormulaTextInAWorkbookAsText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(folder.resolve("book.xlsx"))) {
            Sheet roadmap = workbook.createSheet("Roadmap");
            fill(roadmap.createRow(0), "id", "title", LINK, SUM);
            fill(roadmap.createRow(1), "I-1", COMMAND, "+1+1", "-2+3");
            fill(workbook.createSheet(SHEET).createRow(0), "anything");
            workbook.write(out);
        }

        PortfolioReader.ReadResult result = PortfolioReader.read(folder, null, null);

        assertReadAsText(result);
        assertThat(result.problems()).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("\"" + SHEET + "\"", "not a table"));
    }

    @Test
    void readsFormulaTextInACsvAsText() throws IOException {
        Files.writeString(folder.resolve("roadmap.csv"), String.join("\n",
                "id,title," + csv(LINK) + "," + SUM,
                "I-1," + csv(COMMAND) + ",+1+1,-2+3", ""), StandardCharsets.UTF_8);

        assertReadAsText(PortfolioReader.read(folder, null, null));
    }

    private static void assertReadAsText(PortfolioReader.ReadResult result) {
        assertThat(result.problems()).filteredOn(p -> p.level() == Problem.Level.ERROR).isEmpty();
        List<Initiative> initiatives = result.portfolio().initiatives();
        assertThat(initiatives).singleElement().satisfies(initiative -> {
            assertThat(initiative.title()).isEqualTo(COMMAND);
            assertThat(initiative.extra()).containsExactly(
                    org.assertj.core.api.Assertions.entry(LINK, "+1+1"), org.assertj.core.api.Assertions.entry(SUM, "-2+3"));
        });
    }

    private static void fill(Row row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
    }

    private static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
