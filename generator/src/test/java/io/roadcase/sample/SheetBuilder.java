package io.roadcase.sample;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables the way a careful spreadsheet user lays them out: a title row and a note above the
 * header, a bold filled header, frozen panes, an auto-filter, column widths and number formats.
 * Roadcase must find the header below the title rows and read values, not their formatting.
 */
final class SheetBuilder {

    /** How the cells of a column are formatted. */
    enum Format { TEXT, WRAP, INTEGER, DECIMAL, MONEY, DOLLARS, DOLLAR_CENTS, PERCENT, PERCENT_1, PERCENT_2, DATE, MONTH, LINK }

    /** One column: its header (text, or a date for the wide KPI layout), width in characters and format. */
    record Column(Object header, int width, Format format) {
    }

    /** A formula cell; the workbook is evaluated before saving so the cached result is present. */
    record Formula(String expression) {
    }

    /** A value with its own format, overriding the column's (e.g. a percent KPI among money KPIs). */
    record Styled(Object value, Format format) {
    }

    /** The row of the header in every table: row 1 is the title, row 2 a note, row 3 is left blank. */
    static final int HEADER_ROW = 3;

    private static final XSSFColor BRAND = new XSSFColor(new byte[] {(byte) 0x0F, (byte) 0x76, (byte) 0x6E});

    private final XSSFWorkbook workbook;
    private final Map<Format, CellStyle> styles = new EnumMap<>(Format.class);
    private final CellStyle header;
    private final CellStyle headerMonth;
    private final CellStyle title;
    private final CellStyle note;

    SheetBuilder(XSSFWorkbook workbook) {
        this.workbook = workbook;
        for (Format format : Format.values()) {
            styles.put(format, dataStyle(format));
        }
        header = headerStyle(null);
        headerMonth = headerStyle("mmm yyyy");
        title = fontStyle(true, false, 14);
        note = fontStyle(false, true, 10);
    }

    /**
     * Adds a sheet with a title row, an optional note row, the header and the rows; a row value that is
     * null leaves the cell blank. Freezes the header and the first {@code frozenColumns} columns.
     */
    XSSFSheet table(String name, String titleText, String noteText, List<Column> columns, List<Object[]> rows,
            int frozenColumns) {
        XSSFSheet sheet = workbook.createSheet(name);
        writeText(sheet.createRow(0).createCell(0), titleText, title);
        if (noteText != null) {
            writeText(sheet.createRow(1).createCell(0), noteText, note);
        }
        Row headerRow = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = headerRow.createCell(c);
            if (column.header() instanceof LocalDate month) {
                cell.setCellValue(month);
                cell.setCellStyle(headerMonth);
            } else {
                writeText(cell, column.header().toString(), header);
            }
            sheet.setColumnWidth(c, column.width() * 256);
        }
        int r = HEADER_ROW + 1;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    write(row.createCell(c), values[c], columns.get(c).format());
                }
            }
        }
        sheet.createFreezePane(frozenColumns, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, columns.size() - 1));
        return sheet;
    }

    /** Adds a sheet of free text (instructions, notes) that Roadcase ignores because of its name. */
    XSSFSheet textSheet(String name, String titleText, List<String> lines) {
        XSSFSheet sheet = workbook.createSheet(name);
        writeText(sheet.createRow(0).createCell(0), titleText, title);
        for (int i = 0; i < lines.size(); i++) {
            writeText(sheet.createRow(i + 2).createCell(0), lines.get(i), styles.get(Format.WRAP));
        }
        sheet.setColumnWidth(0, 110 * 256);
        return sheet;
    }

    /** A drop-down list on the data rows of one column, as teams use to keep status words consistent. */
    void dropdown(XSSFSheet sheet, int column, int rowCount, String... words) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        CellRangeAddressList range = new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + rowCount, column, column);
        var validation = helper.createValidation(helper.createExplicitListConstraint(words), range);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private void write(Cell cell, Object value, Format columnFormat) {
        Format format = value instanceof Styled styled ? styled.format() : columnFormat;
        Object plain = value instanceof Styled styled ? styled.value() : value;
        cell.setCellStyle(styles.get(format));
        if (plain instanceof Formula formula) {
            cell.setCellFormula(formula.expression());
        } else if (plain instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (plain instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (plain instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            cell.setCellValue(plain.toString());
            if (format == Format.LINK) {
                Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
                link.setAddress(plain.toString());
                cell.setHyperlink(link);
            }
        }
    }

    private static void writeText(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private CellStyle dataStyle(Format format) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        String pattern = switch (format) {
            case TEXT, WRAP, LINK -> null;
            case INTEGER -> "#,##0";
            case DECIMAL -> "#,##0.0#";
            case MONEY -> "#,##0";
            case DOLLARS -> "\"$\"#,##0";
            case DOLLAR_CENTS -> "\"$\"#,##0.00";
            case PERCENT -> "0%";
            case PERCENT_1 -> "0.0%";
            case PERCENT_2 -> "0.00%";
            case DATE -> "yyyy-mm-dd";
            case MONTH -> "mmm yyyy";
        };
        if (pattern != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        }
        if (format == Format.WRAP) {
            style.setWrapText(true);
        }
        if (format == Format.LINK) {
            Font font = workbook.createFont();
            font.setUnderline(Font.U_SINGLE);
            font.setColor(IndexedColors.BLUE.getIndex());
            style.setFont(font);
        }
        return style;
    }

    private CellStyle headerStyle(String pattern) {
        var style = workbook.createCellStyle();
        var font = workbook.createFont();
        font.setBold(true);
        font.setColor(IndexedColors.WHITE.getIndex());
        style.setFont(font);
        style.setFillForegroundColor(BRAND);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.MEDIUM);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (pattern != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        }
        return style;
    }

    private CellStyle fontStyle(boolean bold, boolean italic, int points) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) points);
        if (italic) {
            font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        }
        style.setFont(font);
        return style;
    }
}
