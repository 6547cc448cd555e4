package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook whose first sheet is large (read ahead on a second thread) and no table, so that reading
 * it stops after its first rows, then a table: stopping the read-ahead must leave the workbook's file
 * open for the next sheet.
 */
class LargeSheetReadAheadTest {

    @TempDir
    Path folder;

    @Test
    void theSheetAfterALargeSheetLeftEarlyIsStillRead() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(false);
            Sheet notes = workbook.createSheet("Notes");
            for (int r = 0; r < 120_000; r++) {
                Row row = notes.createRow(r);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue("note " + r + " about something long enough " + c);
                }
            }
            Sheet roadmap = workbook.createSheet("roadmap");
            String[][] rows = {{"id", "title", "start_date", "end_date"}, {"R1", "Search", "2026-01-01", "2026-03-31"},
                {"R2", "Billing", "2026-02-01", "2026-06-30"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = roadmap.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("portfolio.xlsx"))) {
                workbook.write(out);
            }
            workbook.dispose();
        }

        PortfolioReader.ReadResult result = PortfolioReader.read(folder, null, null);

        assertThat(result.problems()).noneMatch(p -> p.level() == Problem.Level.ERROR);
        assertThat(result.portfolio().initiatives()).extracting(i -> i.id()).containsExactly("R1", "R2");
    }
}
