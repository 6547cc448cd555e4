package io.roadcase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A real .xlsx written with POI for tests: sheets of rows, numbers as numbers and dates as dates. */
public final class Workbook {

    private record Sheet(String name, List<Object[]> rows) {
    }

    private final List<Sheet> sheets = new ArrayList<>();

    /** Adds a sheet; its first row is the header. A null value leaves the cell blank. */
    public Workbook sheet(String name, Object[]... rows) {
        sheets.add(new Sheet(name, List.of(rows)));
        return this;
    }

    /** Writes the workbook and returns its path. */
    public Path write(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Sheet sheet : sheets) {
                XSSFSheet s = book.createSheet(sheet.name());
                for (int r = 0; r < sheet.rows().size(); r++) {
                    XSSFRow row = s.createRow(r);
                    Object[] values = sheet.rows().get(r);
                    for (int c = 0; c < values.length; c++) {
                        Object value = values[c];
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value instanceof LocalDate d) {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(date);
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    /** One row. */
    public static Object[] row(Object... values) {
        return values;
    }
}
