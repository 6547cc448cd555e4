package io.roadcase.starter;

import io.roadcase.model.ShownText;
import io.roadcase.read.Column;
import io.roadcase.read.ColumnType;
import io.roadcase.read.SettingsTable;
import io.roadcase.read.Table;
import io.roadcase.read.Tables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook {@code roadcase init} writes, made from the column declarations: one sheet per table
 * with its header (help in a comment on each header cell, frozen), example rows, drop-down lists for
 * enum and yes/no columns, date and percent formats, and a {@code Read me} sheet. The same year gives
 * the same bytes (fixed document dates and zip entry times).
 */
public final class StarterWorkbook {

    /** The file name {@code roadcase init} writes. */
    public static final String FILE_NAME = "roadcase.xlsx";

    /** Data rows that get the drop-downs and formats. */
    static final int ROWS = 500;

    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 1, 1, 0, 0);

    /** The hidden sheet holding drop-down lists too long for Excel's inline lists. */
    static final String LISTS = "Drop-down lists";

    private final XSSFWorkbook book;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle wrap;

    private StarterWorkbook(XSSFWorkbook book) {
        this.book = book;
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0%"));
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
    }

    /** The workbook's bytes, its examples dated in the year of {@code today}. */
    public static byte[] bytes(LocalDate today) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            StarterWorkbook starter = new StarterWorkbook(book);
            starter.readMe();
            Map<String, List<Map<String, Object>>> examples = Examples.rows(today.getYear());
            for (Table<?> table : Tables.ALL) {
                starter.table(table, examples.get(table.name()));
            }
            var properties = book.getProperties().getCoreProperties();
            Date written = Date.from(WRITTEN.toInstant(ZoneOffset.UTC));
            properties.setCreator("Roadcase");
            properties.setTitle("Roadcase starter workbook");
            properties.setCreated(Optional.of(written));
            properties.setModified(Optional.of(written));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return withFixedEntryTimes(out.toByteArray(), WRITTEN);
        }
    }

    private void readMe() {
        XSSFSheet sheet = book.createSheet("Read me");
        List<String> lines = new ArrayList<>(List.of(
                "Roadcase starter workbook",
                "",
                "Each sheet below is one table; its name says which. Replace the example rows with your own"
                        + " (keep the header row). Hover over a header for what the column takes; enum columns"
                        + " have a drop-down list.",
                "Check the data with: roadcase validate --data <this folder>. Build the site with: roadcase"
                        + " generate --data <this folder> --out site",
                "Every table and column is described in docs/input.md. Optional tables may be deleted.",
                ""));
        for (Table<?> table : Tables.ALL) {
            lines.add(sheetName(table) + ": " + table.description() + " Required columns: " + String.join(", ",
                    table.columns().stream().filter(Column::required).map(Column::name).toList()) + ".");
        }
        for (int i = 0; i < lines.size(); i++) {
            XSSFCell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? header : wrap);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private void table(Table<?> table, List<Map<String, Object>> examples) {
        XSSFSheet sheet = book.createSheet(sheetName(table));
        List<Column> columns = table.columns();
        XSSFRow head = sheet.createRow(0);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            XSSFCell cell = head.createCell(c);
            cell.setCellValue(column.name());
            cell.setCellStyle(header);
            cell.setCellComment(comment(drawing, c, help(column)));
            sheet.setColumnWidth(c, Math.max(12, column.name().length() + 4) * 256);
            CellStyle style = style(column);
            if (style != null) {
                sheet.setDefaultColumnStyle(c, style);
            }
            dropDown(sheet, table, column, c);
        }
        for (int r = 0; r < examples.size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                Object value = examples.get(r).get(columns.get(c).name());
                if (value != null) {
                    write(row.createCell(c), value, style(columns.get(c)));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** The sheet of a table: its name as words, as a person would name it ({@code KPI values}). */
    static String sheetName(Table<?> table) {
        return switch (table.name()) {
            case "kpis" -> "KPIs";
            case "kpi_values" -> "KPI values";
            default -> Character.toUpperCase(table.name().charAt(0)) + table.name().substring(1).replace('_', ' ');
        };
    }

    /** The help of a header: type, whether required, accepted words and notes. */
    static String help(Column column) {
        StringBuilder help = new StringBuilder(column.name()).append(": ").append(column.type().word());
        if (column.required()) {
            help.append(", required");
        }
        if (column.words() != null) {
            help.append(". One of ").append(column.words().accepted());
        }
        if (!column.notes().isEmpty()) {
            help.append(". ").append(column.notes());
        }
        return help.toString();
    }

    /** The words of a drop-down, or null: enum-like columns, yes/no columns and the settings keys. */
    static List<String> words(Table<?> table, Column column) {
        if (table == Tables.SETTINGS && column == SettingsTable.KEY) {
            return SettingsTable.KEYS.stream().map(Column::name).toList();
        }
        if (column.words() != null) {
            return List.copyOf(column.words().words().keySet());
        }
        return column.type() == ColumnType.BOOLEAN ? List.of("yes", "no") : null;
    }

    private void dropDown(XSSFSheet sheet, Table<?> table, Column column, int c) {
        List<String> words = words(table, column);
        if (words == null) {
            return;
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        // Excel refuses an explicit list longer than 255 characters: a longer one lives on a hidden sheet.
        DataValidationConstraint list = String.join(",", words).length() <= LIST_LIMIT
                ? helper.createExplicitListConstraint(words.toArray(String[]::new))
                : helper.createFormulaListConstraint(listRange(words));
        DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, ROWS, c, c));
        // Only a plain enum is held to its list: a percent, number, 1–5 or another yes/no spelling is fine too.
        boolean strict = column.type() == ColumnType.ENUM || column == SettingsTable.KEY;
        validation.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox(column.name(), cut("Roadcase reads " + String.join(", ", words)
                + (strict ? "" : " (or " + column.type().word() + ")")));
        String prompt = help(column);
        validation.createPromptBox(column.name(), cut(prompt));
        validation.setShowPromptBox(true);
        sheet.addValidationData(validation);
    }

    /** Excel's limit for a drop-down's list, prompt and error texts. */
    private static final int LIST_LIMIT = 255;

    private static String cut(String text) {
        return ShownText.cut(text, LIST_LIMIT - 1); // the ellipsis makes 255
    }

    /** The words in a column of the hidden sheet {@value #LISTS}, as a range for a drop-down. */
    private String listRange(List<String> words) {
        XSSFSheet lists = book.getSheet(LISTS);
        if (lists == null) {
            lists = book.createSheet(LISTS);
            book.setSheetHidden(book.getSheetIndex(lists), true);
        }
        int column = lists.getRow(0) == null ? 0 : lists.getRow(0).getLastCellNum();
        for (int r = 0; r < words.size(); r++) {
            XSSFRow row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
            row.createCell(column).setCellValue(words.get(r));
        }
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        return "'" + LISTS + "'!$" + letter + "$1:$" + letter + "$" + words.size();
    }

    private CellStyle style(Column column) {
        return switch (column.type()) {
            case START_DATE, END_DATE -> date;
            case PERCENT, PERCENT_OR_ENUM -> percent;
            default -> null;
        };
    }

    private static void write(XSSFCell cell, Object value, CellStyle style) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue(value.toString());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private Comment comment(XSSFDrawing drawing, int column, String text) {
        ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(0);
        anchor.setRow2(6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(book.getCreationHelper().createRichTextString(text));
        comment.setAuthor("Roadcase");
        return comment;
    }

    /** Rewrites a zip (an .xlsx) with one fixed time on every entry, so the same content gives the same bytes. */
    public static byte[] withFixedEntryTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }
}
