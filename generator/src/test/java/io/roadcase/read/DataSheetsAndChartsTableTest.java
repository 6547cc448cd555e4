package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.DataColumn;
import io.roadcase.model.DataSheet;
import io.roadcase.model.DataType;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.UserChart;
import io.roadcase.model.UserChartType;
import io.roadcase.read.PortfolioReader.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data sheets and the charts table from a real workbook and CSV files: columns typed by their cells,
 * a bad cell located at its cell, loose sheet names, and a charts table's unknown column and type.
 */
class DataSheetsAndChartsTableTest {

    @TempDir
    static Path folder;
    private static ReadResult result;

    @BeforeAll
    static void read() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.0%"));
            Sheet sheet = book.createSheet("Data Incidents");
            sheet.createRow(0).createCell(0).setCellValue("# incidents per month, from the on-call tool");
            Row header = sheet.createRow(1);
            String[] names = {"Month", "Severity", "Count", "Share"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 0; r < 4; r++) {
                Row row = sheet.createRow(2 + r);
                row.createCell(0).setCellValue(LocalDate.of(2026, 1 + r, 1));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(r % 2 == 0 ? "high" : "low");
                row.createCell(2).setCellValue(3 + r);
                row.createCell(3).setCellValue(0.1 * r);
                row.getCell(3).setCellStyle(percent);
            }
            // Row 7 (1-based): a word where the count should be.
            sheet.getRow(5).getCell(2).setCellValue("many");
            Sheet charts = book.createSheet("Charts");
            Row h = charts.createRow(0);
            String[] columns = {"id", "title", "type", "data", "x", "y", "series by", "colour"};
            for (int i = 0; i < columns.length; i++) {
                h.createCell(i).setCellValue(columns[i]);
            }
            Row ok = charts.createRow(1);
            String[] good = {"inc", "Incidents", "Stacked-Bar", "incidents", "month", "count", "severity", "red"};
            for (int i = 0; i < good.length; i++) {
                ok.createCell(i).setCellValue(good[i]);
            }
            Row bad = charts.createRow(2);
            String[] wrong = {"inc2", "Incidents", "waterfall", "incidents", "month", "count"};
            for (int i = 0; i < wrong.length; i++) {
                bad.createCell(i).setCellValue(wrong[i]);
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("board.xlsx"))) {
                book.write(out);
            }
        }
        Files.writeString(folder.resolve("data_budget.csv"), "department,budget,growth\nSales,\"$1,200\",5%\n"
                + "Support,900,12%\nR&D,oops,3%\n", StandardCharsets.UTF_8);
        result = PortfolioReader.read(folder);
    }

    private static DataSheet sheet(String name) {
        return result.portfolio().dataSheets().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsADataSheetWithColumnsTypedByTheirCells() {
        DataSheet incidents = sheet("Incidents");
        assertThat(incidents.rows()).isEqualTo(4);
        assertThat(incidents.columns()).extracting(DataColumn::name).containsExactly("Month", "Severity", "Count",
                "Share");
        assertThat(incidents.columns()).extracting(DataColumn::type).containsExactly(DataType.DATE, DataType.TEXT,
                DataType.NUMBER, DataType.PERCENT);
        assertThat(incidents.columns().get(0).values().get(1)).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(incidents.columns().get(2).values()).containsExactly(3.0, 4.0, 5.0, null);
        assertThat((Double) incidents.columns().get(3).values().get(2)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aCellOfTheWrongKindIsAnErrorAtItsCell() {
        Problem problem = problemAt(Place.cell("board.xlsx", "Data Incidents", "C6"));
        assertThat(problem.level()).isEqualTo(Problem.Level.ERROR);
        assertThat(problem.message()).contains("column \"Count\" of data sheet Incidents holds numbers")
                .contains("\"many\"");
    }

    @Test
    void readsACsvDataSheetAndLocatesItsBadCellByLineAndColumn() {
        DataSheet budget = sheet("budget");
        assertThat(budget.columns()).extracting(DataColumn::type).containsExactly(DataType.TEXT, DataType.NUMBER,
                DataType.PERCENT);
        assertThat(budget.columns().get(1).values()).containsExactly(1200.0, 900.0, null);
        assertThat(problemAt(Place.csv("data_budget.csv", 4, "budget")).message()).contains("\"oops\"");
    }

    @Test
    void readsTheChartsTableWithLooseTypeWords() {
        List<UserChart> charts = result.portfolio().charts();
        assertThat(charts).extracting(UserChart::id).containsExactly("inc");
        UserChart inc = charts.get(0);
        assertThat(inc.type()).isEqualTo(UserChartType.STACKED_BAR);
        assertThat(inc.seriesBy()).isEqualTo("severity");
        assertThat(inc.y()).containsExactly("count");
    }

    @Test
    void anUnknownTypeListsTheAcceptedTypes() {
        Problem problem = problemAt(Place.cell("board.xlsx", "Charts", "C3"));
        assertThat(problem.message()).contains("\"waterfall\"").contains("line, area, bar, stacked bar, pie, donut,"
                + " scatter, bubble, radar, box, heat map");
    }

    @Test
    void anUnknownColumnOfTheChartsTableIsAnErrorListingItsColumns() {
        Problem problem = problemAt(Place.cell("board.xlsx", "Charts", "H1"));
        assertThat(problem.level()).isEqualTo(Problem.Level.ERROR);
        assertThat(problem.message()).contains("\"colour\" is not a column of the charts table")
                .contains("id, title, type, data, x, y, series_by, stacked, unit, page, note");
    }

    @Test
    void knowsDataSheetNames() {
        assertThat(DataSheetSink.nameOf("Data Incidents")).isEqualTo("Incidents");
        assertThat(DataSheetSink.nameOf("data-budget 2026")).isEqualTo("budget 2026");
        assertThat(DataSheetSink.nameOf("data_x")).isEqualTo("x");
        assertThat(DataSheetSink.nameOf("database")).isNull();
        assertThat(DataSheetSink.nameOf("data")).isNull();
    }

    private static Problem problemAt(Place place) {
        return result.problems().stream().filter(p -> place.equals(p.place())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + place + " among " + result.problems()));
    }
}
