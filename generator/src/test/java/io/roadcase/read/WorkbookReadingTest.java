package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Observation;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.read.PortfolioReader.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over real .xlsx files built with POI: a title row above a bold header, percent and date
 * cells, a numeric id, and one table spread over two workbooks.
 */
class WorkbookReadingTest {

    @TempDir
    static Path folder;
    private static ReadResult result;

    @BeforeAll
    static void writeWorkbooks() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet roadmap = book.createSheet("Roadmap");
            roadmap.createRow(0).createCell(0).setCellValue("Team A roadmap — confidential");
            Row header = roadmap.createRow(2);
            String[] names = {" ID ", "Title", "Start", "End", "Progress", "Milestone", "Status", "Owner email"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
                header.getCell(i).setCellStyle(styles.bold);
            }
            Row a1 = roadmap.createRow(3);
            a1.createCell(0).setCellValue("A-1");
            a1.createCell(1).setCellValue("Alpha");
            styles.date(a1, 2, LocalDate.of(2026, 3, 1));
            a1.createCell(3).setCellValue("2026-Q2");
            styles.percent(a1, 4, 0.45);
            a1.createCell(5).setCellValue(false);
            a1.createCell(6).setCellValue("Done");
            a1.createCell(7).setCellValue("ann@example.com");
            Row numeric = roadmap.createRow(4);
            numeric.createCell(0).setCellValue(101);
            numeric.createCell(1).setCellValue("Numeric id");
            styles.date(numeric, 3, LocalDate.of(2026, 12, 15));
            numeric.createCell(5).setCellValue(true);
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("not a table");
            Sheet values = book.createSheet("KPI Values");
            Row dates = values.createRow(0);
            dates.createCell(0).setCellValue("KPI");
            styles.date(dates, 1, LocalDate.of(2026, 1, 1));
            dates.createCell(2).setCellValue("Feb 2026");
            Row conv = values.createRow(1);
            conv.createCell(0).setCellValue("conv");
            styles.percent(conv, 1, 0.031);
            styles.percent(conv, 2, 0.034);
            write(book, "a-team.xlsx");
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet roadmap = book.createSheet("roadmap items");
            Row header = roadmap.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("title");
            Row b1 = roadmap.createRow(1);
            b1.createCell(0).setCellValue("B-1");
            b1.createCell(1).setCellValue("Beta");
            Sheet settings = book.createSheet("Settings");
            settings.createRow(0).createCell(0).setCellValue("key");
            settings.getRow(0).createCell(1).setCellValue("value");
            settings.createRow(1).createCell(0).setCellValue("currency");
            settings.getRow(1).createCell(1).setCellValue("EUR");
            write(book, "b-team.xlsx");
        }
        result = PortfolioReader.read(folder);
        assumeFalse(result.problems().stream().anyMatch(p -> p.message().contains("placeholder")),
                "workbooks are read once the source branch is merged");
    }

    @Test
    void concatenatesRoadmapSheetsOfTwoWorkbooksInFileOrder() {
        assertThat(result.portfolio().initiatives()).extracting(Initiative::id).containsExactly("A-1", "101", "B-1");
        assertThat(result.portfolio().initiatives().get(2).origin().sheet()).isEqualTo("roadmap items");
    }

    @Test
    void readsTheHeaderBelowATitleRowAndTypedCells() {
        Initiative alpha = result.portfolio().initiatives().get(0);
        assertThat(alpha.start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(alpha.end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(alpha.progress()).isEqualTo(0.45);
        assertThat(alpha.milestone()).isFalse();
        assertThat(alpha.status()).isEqualTo(InitiativeStatus.DONE);
        assertThat(alpha.extra()).containsEntry("Owner email", "ann@example.com");
        assertThat(alpha.origin().at("progress")).isEqualTo(Place.cell("a-team.xlsx", "Roadmap", "E4"));
    }

    @Test
    void givesAMilestoneFromAnEndDateCellBothDates() {
        Initiative milestone = result.portfolio().initiatives().get(1);
        assertThat(milestone.start()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(milestone.end()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void readsWideKpiValuesWithDateCellHeaders() {
        assertThat(result.portfolio().observations()).extracting(Observation::date, Observation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 1), 0.031),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 1), 0.034));
    }

    @Test
    void appliesSettingsFromAnotherWorkbookAndNotesUnknownSheets() {
        assertThat(result.portfolio().settings().currency()).isEqualTo("EUR");
        List<Problem> problems = result.problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.INFO);
            assertThat(p.place()).isEqualTo(Place.cell("a-team.xlsx", "Notes", null));
        });
    }

    private static void write(Workbook book, String name) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            book.write(out);
        }
    }

    /** The cell styles a user's workbook typically has. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle date;
        final CellStyle percent;

        Styles(Workbook book) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd mmm yyyy"));
            percent = book.createCellStyle();
            percent.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.0%"));
        }

        void date(Row row, int column, LocalDate value) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(date);
        }

        void percent(Row row, int column, double value) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(percent);
        }
    }
}
