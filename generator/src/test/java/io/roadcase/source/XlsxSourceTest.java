package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSourceTest {

    @TempDir
    Path folder;

    @Test
    void readsCellsAsExcelDisplaysThem() throws Exception {
        Path file = write("kpis.xlsx", new XSSFWorkbook(), workbook -> kpiSheet(workbook));

        List<RecordingVisitor.Row> rows = RecordingVisitor.readAll(file).rows("KPIs");

        assertThat(rows).extracting(RecordingVisitor.Row::number).containsExactly(1, 2, 4);
        RecordingVisitor.Row values = rows.get(1);
        assertThat(values.cell(0)).isEqualTo(Cell.text("NPS"));
        assertThat(values.cell(1).kind()).isEqualTo(Cell.Kind.DATE);
        assertThat(values.cell(1).date()).isEqualTo(LocalDateTime.of(2026, 1, 15, 0, 0));
        assertThat(values.cell(1).text()).isEqualTo("2026-01-15");
        assertThat(values.cell(2).kind()).isEqualTo(Cell.Kind.NUMBER);
        assertThat(values.cell(2).text()).isEqualTo("101");
        assertThat(values.cell(2).number()).isEqualTo(101.0);
        assertThat(values.cell(3).text()).isEqualTo("12%");
        assertThat(values.cell(3).number()).isEqualTo(0.12);
        assertThat(values.cell(4)).extracting(Cell::kind, Cell::text).containsExactly(Cell.Kind.BOOLEAN, "TRUE");
        assertThat(values.cell(5).text()).isEqualTo("1234.57");
    }

    @Test
    void givesFormulasTheirCachedResults() throws Exception {
        Path file = write("formulas.xlsx", new XSSFWorkbook(), workbook -> {
            kpiSheet(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        RecordingVisitor.Row formulas = RecordingVisitor.readAll(file).rows("KPIs").get(2);

        assertThat(formulas.cell(0)).extracting(Cell::kind, Cell::text).containsExactly(Cell.Kind.TEXT, "NPS!");
        assertThat(formulas.cell(2)).extracting(Cell::kind, Cell::number).containsExactly(Cell.Kind.NUMBER, 202.0);
        assertThat(formulas.cell(3)).extracting(Cell::kind, Cell::text).containsExactly(Cell.Kind.ERROR, "#DIV/0!");
    }

    @Test
    void skipsBlankRowsAndPadsBlankCells() throws Exception {
        Path file = write("gaps.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Gaps");
            sheet.createRow(0).createCell(2).setCellValue("C1");
            sheet.createRow(1).createCell(0).setCellValue("   ");
            sheet.createRow(4).createCell(1).setCellValue(7);
        });

        List<RecordingVisitor.Row> rows = RecordingVisitor.readAll(file).rows("Gaps");

        assertThat(rows).extracting(RecordingVisitor.Row::number).containsExactly(1, 5);
        assertThat(rows.get(0).cells()).containsExactly(Cell.BLANK, Cell.BLANK, Cell.text("C1"));
        assertThat(rows.get(1).cells()).hasSize(2);
    }

    @Test
    void readsDatesOfThe1904DateSystem() throws Exception {
        Path file = write("mac.xlsx", new XSSFWorkbook(), workbook -> {
            var settings = ((XSSFWorkbook) workbook).getCTWorkbook();
            (settings.isSetWorkbookPr() ? settings.getWorkbookPr() : settings.addNewWorkbookPr()).setDate1904(true);
            Sheet sheet = workbook.createSheet("Dates");
            org.apache.poi.ss.usermodel.Cell cell = sheet.createRow(0).createCell(0);
            cell.setCellValue(LocalDate.of(2026, 3, 31));
            cell.setCellStyle(style(workbook, "d mmm yyyy"));
        });

        Cell date = RecordingVisitor.readAll(file).rows("Dates").get(0).cell(0);

        assertThat(date.kind()).isEqualTo(Cell.Kind.DATE);
        assertThat(date.date()).isEqualTo(LocalDateTime.of(2026, 3, 31, 0, 0));
        assertThat(date.number()).isEqualTo(DateSerials.serial1904(LocalDate.of(2026, 3, 31)));
        assertThat(date.text()).isEqualTo("31 Mar 2026");
    }

    @Test
    void readsSharedRichTextAndSheetsInWorkbookOrder() throws Exception {
        Path file = write("rich.xlsx", new XSSFWorkbook(), workbook -> {
            workbook.createSheet("First").createRow(0).createCell(0).setCellValue("one");
            XSSFRichTextString rich = new XSSFRichTextString("bold and plain");
            rich.applyFont(0, 4, workbook.createFont());
            workbook.createSheet("Second").createRow(0).createCell(0).setCellValue(rich);
        });

        RecordingVisitor visitor = RecordingVisitor.readAll(file);

        assertThat(visitor.offered).containsExactly("First", "Second");
        assertThat(visitor.rows("Second").get(0).text(0)).isEqualTo("bold and plain");
        assertThat(visitor.ended).containsExactly("First", "Second");
    }

    @Test
    void doesNotReadSheetsTheVisitorSkips() throws Exception {
        Path file = write("skip.xlsx", new XSSFWorkbook(), workbook -> {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
            workbook.createSheet("Roadmap").createRow(0).createCell(0).setCellValue("wanted");
        });
        RecordingVisitor visitor = new RecordingVisitor(sheet -> sheet.equals("Roadmap"));

        Sources.read(file, "skip.xlsx", visitor);

        assertThat(visitor.offered).containsExactly("Notes", "Roadmap");
        assertThat(visitor.sheets).containsOnlyKeys("Roadmap");
        assertThat(visitor.rows("Roadmap").get(0).text(0)).isEqualTo("wanted");
    }

    @Test
    void readsInlineStringsAndCellsWithoutReferences() throws Exception {
        Path file = handMadeWorkbook("inline.xlsx", "<sheetData><row><c t=\"inlineStr\"><is><r><t>in</t></r>"
                + "<r><t>line</t></r><rPh><t>phonetic</t></rPh></is></c><c><v>2.5</v></c></row>"
                + "<row><c t=\"str\"><f>A1</f><v>cached_x000D_text</v></c></row></sheetData>");

        List<RecordingVisitor.Row> rows = RecordingVisitor.readAll(file).rows("Data");

        assertThat(rows).extracting(RecordingVisitor.Row::number).containsExactly(1, 2);
        assertThat(rows.get(0).text(0)).isEqualTo("inline");
        assertThat(rows.get(0).cell(1)).extracting(Cell::text, Cell::number).containsExactly("2.5", 2.5);
        assertThat(rows.get(1).text(0)).isEqualTo("cached\rtext");
    }

    @Test
    void passesVisitorExceptionsThroughUnchanged() throws Exception {
        Path file = write("bug.xlsx", new XSSFWorkbook(), workbook -> kpiSheet(workbook));
        IllegalStateException bug = new IllegalStateException("reader bug");

        assertThatThrownBy(() -> Sources.read(file, "bug.xlsx", (f, sheet) -> (number, cells) -> {
            throw bug;
        })).isSameAs(bug);
    }

    @Test
    void rejectsAZipThatIsNotAWorkbook() throws Exception {
        Path file = folder.resolve("other.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("not an Excel workbook");
    }

    @Test
    void rejectsAnOfficePackageWithNoMainPart() throws Exception {
        Path file = folder.resolve("properties-only.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
                    + " Target=\"docProps/core.xml\"/></Relationships>");
            entry(zip, "docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties"
                    + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"/>");
        }

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("holds no workbook");
    }

    @Test
    void rejectsTextSavedWithAnXlsxName() throws Exception {
        Path file = Files.writeString(folder.resolve("export.xlsx"), "kpi,date,value\nNPS,2026-01-01,3\n");

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("not an Excel workbook");
    }

    @Test
    void rejectsATruncatedWorkbook() throws Exception {
        Path whole = write("whole.xlsx", new XSSFWorkbook(), workbook -> kpiSheet(workbook));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(folder.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContainingAll("damaged");
    }

    @Test
    void rejectsXmlWithADoctype() throws Exception {
        Path file = handMadeWorkbook("xxe.xlsx", "<sheetData/>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("refused for safety");
    }

    @Test
    void readsSheetElementsWrittenWithANamespacePrefix() throws Exception {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        Path file = handMadeWorkbook("prefixed.xlsx", "<x:sheetData xmlns:x=\"" + main + "\"><x:row r=\"3\">"
                + "<x:c r=\"B3\" t=\"inlineStr\"><x:is><x:t>prefixed</x:t></x:is></x:c>"
                + "<x:c r=\"C3\"><x:v>2.5</x:v></x:c></x:row></x:sheetData>");

        List<RecordingVisitor.Row> rows = RecordingVisitor.readAll(file).rows("Data");

        assertThat(rows).extracting(RecordingVisitor.Row::number).containsExactly(3);
        assertThat(rows.get(0).text(1)).isEqualTo("prefixed");
        assertThat(rows.get(0).cell(2)).extracting(Cell::text, Cell::number).containsExactly("2.5", 2.5);
    }

    @Test
    void refusesAnEntityReferenceInASheetRatherThanExpandingIt() throws Exception {
        Path file = handMadeWorkbook("entity.xlsx",
                "<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData>");

        assertThatThrownBy(() -> RecordingVisitor.readAll(file)).isInstanceOf(SourceException.class);
    }

    @Test
    void readsAttributesWithSpacesAsBefore() throws Exception {
        // Values are read in Aalto's buffer, trimmed: spaces around them must still count (AttributeText).
        Path typed = handMadeWorkbook("typed.xlsx", "<sheetData><row r=\"1\"><c r=\"A1\" t=\" s\"><v>7</v></c>"
                + "<c x=\"a \" r=\"B1\" y=\" b\"><v>3</v></c><c r=\"C1\" t=\"inlineStr \"><v>8</v></c></row></sheetData>");
        Path reference = handMadeWorkbook("reference.xlsx", "<sheetData><row r=\"1\"><c r=\" A1\"><v>1</v></c></row></sheetData>");
        Path style = handMadeWorkbook("style.xlsx", "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1 \"><v>1</v></c></row></sheetData>");
        Path row = handMadeWorkbook("row.xlsx", "<sheetData><row r=\"1 \"><c r=\"A1\"><v>1</v></c></row></sheetData>");

        RecordingVisitor.Row cells = RecordingVisitor.readAll(typed).rows("Data").get(0);

        assertThat(cells.cells()).containsExactly(Cell.text("7"), Cell.number(3, "3"), Cell.text("8"));
        assertThatThrownBy(() -> RecordingVisitor.readAll(reference))
                .isInstanceOf(SourceException.class).hasMessage("a cell has an invalid reference \"A1\"");
        assertThatThrownBy(() -> RecordingVisitor.readAll(style))
                .isInstanceOf(SourceException.class).hasMessage("a cell has an invalid style number \"1\"");
        assertThatThrownBy(() -> RecordingVisitor.readAll(row))
                .isInstanceOf(SourceException.class).hasMessage("a cell has an invalid row number \"1\"");
    }

    @Test
    void rejectsACellBeyondExcelsLastColumn() throws Exception {
        Path file = handMadeWorkbook("wide.xlsx", "<sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData>");

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("beyond column XFD");
    }

    @Test
    void rejectsAZipBomb() throws Exception {
        // 20 MB of spaces compress to a few kilobytes: far beyond the inflate ratio a real sheet has.
        Path file = handMadeWorkbook("bomb.xlsx", "<sheetData>" + " ".repeat(20_000_000) + "</sheetData>");

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("zip bomb");
    }

    // ---- helpers ----

    interface Filler {
        void fill(Workbook workbook) throws IOException;
    }

    private Path write(String name, Workbook workbook, Filler filler) throws IOException {
        Path file = folder.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** A KPI sheet: header, values in many formats, a blank row, then formulas. */
    static void kpiSheet(Workbook workbook) {
        Sheet sheet = workbook.createSheet("KPIs");
        Row header = sheet.createRow(0);
        String[] names = {"kpi", "date", "value", "target", "done", "amount"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row values = sheet.createRow(1);
        values.createCell(0).setCellValue("NPS");
        org.apache.poi.ss.usermodel.Cell date = values.createCell(1);
        date.setCellValue(LocalDate.of(2026, 1, 15));
        date.setCellStyle(style(workbook, "yyyy-mm-dd"));
        values.createCell(2).setCellValue(101);
        org.apache.poi.ss.usermodel.Cell percent = values.createCell(3);
        percent.setCellValue(0.12);
        percent.setCellStyle(style(workbook, "0%"));
        values.createCell(4).setCellValue(true);
        org.apache.poi.ss.usermodel.Cell amount = values.createCell(5);
        amount.setCellValue(1234.5678);
        amount.setCellStyle(style(workbook, "0.00"));
        sheet.createRow(2);
        Row formulas = sheet.createRow(3);
        formulas.createCell(0).setCellFormula("A2&\"!\"");
        formulas.createCell(2).setCellFormula("C2*2");
        formulas.createCell(3).setCellFormula("1/0");
        formulas.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
    }

    static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** A minimal workbook written by hand, to reach XML that POI itself never writes. */
    private Path handMadeWorkbook(String name, String sheetData) throws IOException {
        return handMadeWorkbook(name, sheetData, "");
    }

    private Path handMadeWorkbook(String name, String sheetData, String doctype) throws IOException {
        Path file = folder.resolve(name);
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">"
                    + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>" + doctype + "<worksheet xmlns=\"" + main + "\">"
                    + sheetData + "</worksheet>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
