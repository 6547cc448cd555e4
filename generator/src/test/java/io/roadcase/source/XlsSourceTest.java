package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.testing.ExternalTool;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsSourceTest {

    @TempDir
    Path folder;

    @Test
    void readsCellsAsExcelDisplaysThem() throws Exception {
        Path file = write("kpis.xls");

        List<RecordingVisitor.Row> rows = RecordingVisitor.readAll(file).rows("KPIs");

        assertThat(rows).extracting(RecordingVisitor.Row::number).containsExactly(1, 2, 4);
        RecordingVisitor.Row values = rows.get(1);
        assertThat(values.cell(0)).isEqualTo(Cell.text("NPS"));
        assertThat(values.cell(1).kind()).isEqualTo(Cell.Kind.DATE);
        assertThat(values.cell(1).date()).isEqualTo(LocalDateTime.of(2026, 1, 15, 0, 0));
        assertThat(values.cell(2)).extracting(Cell::kind, Cell::text).containsExactly(Cell.Kind.NUMBER, "101");
        assertThat(values.cell(3).text()).isEqualTo("12%");
        assertThat(values.cell(4)).extracting(Cell::kind, Cell::text).containsExactly(Cell.Kind.BOOLEAN, "TRUE");
        assertThat(values.cell(5).text()).isEqualTo("1234.57");
    }

    @Test
    void givesFormulasTheirCachedResults() throws Exception {
        Path file = write("formulas.xls");

        RecordingVisitor.Row formulas = RecordingVisitor.readAll(file).rows("KPIs").get(2);

        assertThat(formulas.cell(0)).extracting(Cell::kind, Cell::text).containsExactly(Cell.Kind.TEXT, "NPS!");
        assertThat(formulas.cell(2)).extracting(Cell::kind, Cell::number).containsExactly(Cell.Kind.NUMBER, 202.0);
        assertThat(formulas.cell(3)).extracting(Cell::kind, Cell::text).containsExactly(Cell.Kind.ERROR, "#DIV/0!");
        assertThat(formulas.cell(4)).extracting(Cell::kind, Cell::text).containsExactly(Cell.Kind.ERROR, "#N/A");
    }

    @Test
    void offersEverySheetInOrderAndReadsOnlyWantedOnes() throws Exception {
        Path file = folder.resolve("sheets.xls");
        try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
            workbook.createSheet("Roadmap").createRow(2).createCell(1).setCellValue("wanted");
            workbook.write(out);
        }
        RecordingVisitor visitor = new RecordingVisitor(sheet -> sheet.equals("Roadmap"));

        Sources.read(file, "sheets.xls", visitor);

        assertThat(visitor.offered).containsExactly("Notes", "Roadmap");
        assertThat(visitor.sheets).containsOnlyKeys("Roadmap");
        assertThat(visitor.rows("Roadmap")).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cells()).containsExactly(Cell.BLANK, Cell.text("wanted"));
        });
    }

    @Test
    void readsTheSameDatesInBothDateSystems() throws Exception {
        Path corpus = PoiCorpus.folder();
        Cell in1900 = RecordingVisitor.readAll(corpus.resolve("1900DateWindowing.xls")).sheets.values()
                .iterator().next().get(0).cell(0);
        Cell in1904 = RecordingVisitor.readAll(corpus.resolve("1904DateWindowing.xls")).sheets.values()
                .iterator().next().get(0).cell(0);

        assertThat(in1900.kind()).isEqualTo(Cell.Kind.DATE);
        assertThat(in1904.date()).isEqualTo(in1900.date());
        assertThat(in1904.number()).isNotEqualTo(in1900.number());
    }

    @Test
    void rejectsExcel95Files() {
        Path corpus = PoiCorpus.folder();

        assertThatThrownBy(() -> RecordingVisitor.readAll(corpus.resolve("testEXCEL_95.xls")))
                .isInstanceOf(SourceException.class).hasMessage(Failures.OLD_BIFF);
    }

    private Path write(String name) throws Exception {
        Path file = folder.resolve(name);
        try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XlsxSourceTest.kpiSheet(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    /** The shared POI corpus, or a skipped test (a failed one under CI). */
    static final class PoiCorpus {
        static Path folder() {
            return ExternalTool.shared("corpus", "poi");
        }
    }
}
