package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.testing.ExternalTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * LibreOffice Calc as the oracle: tests write values and formulas into a workbook, {@link #recalculate}
 * has {@code soffice} open it, recalculate every formula and save it again (one start for the whole
 * workbook: it is slow to start), and the cached results are read back.
 */
final class Calc {

    /** Recalculate on load always, whatever the cached values (registry value 0 = always). */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
            <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    private final Workbook workbook = new XSSFWorkbook();
    private Workbook result;

    Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        return sheet != null ? sheet : workbook.createSheet(name);
    }

    static void number(Sheet sheet, int row, int column, double value) {
        cell(sheet, row, column).setCellValue(value);
    }

    static void formula(Sheet sheet, int row, int column, String formula) {
        cell(sheet, row, column).setCellFormula(formula);
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        return r.createCell(column);
    }

    /** Runs LibreOffice once over the workbook; skips the test class when it is not installed (fails in CI). */
    void recalculate(Path dir) throws IOException, InterruptedException {
        Path soffice = ExternalTool.require("soffice");
        Path input = dir.resolve("oracle.xlsx");
        try (OutputStream out = Files.newOutputStream(input)) {
            workbook.write(out);
        }
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), ALWAYS_RECALCULATE,
                StandardCharsets.UTF_8);
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir.toString(), input.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("soffice finished within 5 minutes").isTrue();
        Path converted = outDir.resolve("oracle.xlsx");
        assertThat(converted).as("soffice output; log: " + Files.readString(dir.resolve("soffice.log"))).exists();
        try (InputStream in = Files.newInputStream(converted)) {
            result = WorkbookFactory.create(in);
        }
    }

    /** The value LibreOffice computed, or null when the formula gave an error (#NUM! and the like). */
    Double value(String sheet, int row, int column) {
        Cell cell = result.getSheet(sheet).getRow(row).getCell(column);
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
    }
}
