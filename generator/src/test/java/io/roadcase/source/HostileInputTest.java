package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.read.PortfolioReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust memory: each is refused by a limit of {@link ReadLimits} with one clear
 * message, long before it could fill the heap (tests run with -Xmx1g).
 */
class HostileInputTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** About 300 MB of text once unzipped, a few hundred KB zipped. */
    private static final long HUGE_CHARACTERS = 300L * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void refusesATableOverTheRowLimitAsAnErrorOfItsFile() throws IOException {
        Path file = folder.resolve("kpi_values.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kpi,date,value\n");
            for (int i = 0; i < ReadLimits.MAX_ROWS_PER_TABLE; i++) {
                out.write("nps,2026-01-01,42\n");
            }
        }

        PortfolioReader.ReadResult result = PortfolioReader.read(folder, null, null);

        assertThat(result.problems()).filteredOn(p -> p.level() == Problem.Level.ERROR)
                .extracting(Problem::place, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Place.file("kpi_values.csv"),
                        "cannot read this file: a table has more than %,d rows, the most this tool reads"
                                .formatted(ReadLimits.MAX_ROWS_PER_TABLE)));
    }

    @Test
    void refusesAHugeSharedString() throws IOException {
        Path file = workbook("shared.xlsx",
                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>", true);

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class)
                .hasMessage("a cell holds more than %,d characters, the most Excel allows"
                        .formatted(ReadLimits.MAX_CELL_CHARACTERS));
        assertThat(Files.size(file)).as("the crafted file stays small on disk").isLessThan(10_000_000);
    }

    @Test
    void refusesAHugeInlineString() throws IOException {
        Path file = workbook("inline.xlsx", null, false);

        // Which defence trips first depends on how far the sheet parser reads ahead: the cell limit,
        // or POI's inflate-ratio guard on the highly compressible letters. Either refuses the file.
        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class)
                .message().isIn("a cell holds more than %,d characters, the most Excel allows"
                        .formatted(ReadLimits.MAX_CELL_CHARACTERS),
                        "the file expands to far more data than its size suggests (a possible zip bomb), so it was not read");
    }

    /**
     * A one-sheet workbook whose only cell holds {@link #HUGE_CHARACTERS} letters, as a shared string
     * (with {@code sheetData} referring to it) or, when {@code sheetData} is null, as an inline string.
     * The text is streamed through the zip, so it never exists whole in memory or on disk.
     */
    private Path workbook(String name, String sheetData, boolean shared) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                    + "<sheets><sheet name=\"Roadmap\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            if (shared) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                write(zip, "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>");
                writeLetters(zip);
                write(zip, "</t></si></sst>");
                zip.closeEntry();
                entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\">"
                        + sheetData + "</worksheet>");
            } else {
                entry(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\"/>");
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                write(zip, "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>");
                writeLetters(zip);
                write(zip, "</t></is></c></row></sheetData></worksheet>");
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void writeLetters(OutputStream out) throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        for (long written = 0; written < HUGE_CHARACTERS; written += chunk.length) {
            out.write(chunk);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
