package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxPackageTest {

    private static final String RELS = "<?xml version=\"1.0\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    @TempDir
    Path folder;

    @Test
    void resolvesTargetsAsTheStandardSays() {
        assertThat(XlsxPackage.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxPackage.resolve("xl/", "/xl/worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxPackage.resolve("xl/worksheets/", "../sharedStrings.xml")).isEqualTo("xl/sharedStrings.xml");
        assertThat(XlsxPackage.resolve("xl/", "./styles.xml")).isEqualTo("xl/styles.xml");
        assertThat(XlsxPackage.resolve("xl/", "worksheets/sheet%201.xml")).isEqualTo("xl/worksheets/sheet 1.xml");
        assertThat(XlsxPackage.resolve("xl/", "worksheets\\sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxPackage.resolve("", "xl/workbook.xml#part")).isEqualTo("xl/workbook.xml");
        // Never above the package's root, and a stray % is kept as it is.
        assertThat(XlsxPackage.resolve("xl/", "../../../etc/passwd")).isEqualTo("etc/passwd");
        assertThat(XlsxPackage.resolve("xl/", "100%.xml")).isEqualTo("xl/100%.xml");
        assertThat(XlsxPackage.resolve("xl/", "a+b.xml")).isEqualTo("xl/a+b.xml");
    }

    @Test
    void findsTheWorkbookAndItsPartsThroughTheirRelationshipsIgnoringCase() throws Exception {
        Path file = zip("odd.xlsx",
                "_rels/.rels", mainPartAt("/XL/Workbook.xml"),
                "xl/workbook.xml", "<workbook/>",
                "xl/_rels/workbook.xml.rels", RELS
                        + "<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"sheets/one.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"x/hyperlink\" Target=\"https://example.com/\" TargetMode=\"External\"/>"
                        + "</Relationships>",
                "xl/sheets/one.xml", "<worksheet/>");

        try (XlsxPackage pkg = XlsxPackage.open(file.toFile(), SecureXml.newReader())) {
            assertThat(pkg.mainPart()).isEqualTo("XL/Workbook.xml");
            var related = pkg.relationships("XL/Workbook.xml");
            assertThat(related.keySet()).containsExactly("rId1", "rId2");
            assertThat(related.get("rId1").target()).isEqualTo("XL/sheets/one.xml");
            assertThat(related.get("rId2").external()).isTrue();
            assertThat(related.get("rId2").target()).isEqualTo("https://example.com/");
            try (InputStream sheet = pkg.open("XL/sheets/one.xml")) {
                assertThat(new String(sheet.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<worksheet/>");
            }
            assertThat(pkg.open("xl/missing.xml")).isNull();
            assertThat(pkg.relationships("xl/sheets/one.xml")).isEmpty();
        }
    }

    @Test
    void readsEntryNamesWrittenWithWindowsSeparators() throws Exception {
        Path file = zip("backslashes.xlsx",
                "_rels\\.rels", mainPartAt("xl/workbook.xml"),
                "xl\\workbook.xml", "<workbook/>");

        try (XlsxPackage pkg = XlsxPackage.open(file.toFile(), SecureXml.newReader())) {
            assertThat(pkg.mainPart()).isEqualTo("xl/workbook.xml");
        }
    }

    @Test
    void hasNoMainPartWhenItsTargetIsMissing() throws Exception {
        Path file = zip("hollow.xlsx",
                "_rels/.rels", mainPartAt("xl/workbook.xml"));

        try (XlsxPackage pkg = XlsxPackage.open(file.toFile(), SecureXml.newReader())) {
            assertThat(pkg.mainPart()).isNull();
        }
        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("holds no workbook");
    }

    @Test
    void refusesTwoPartsWhoseNamesDifferOnlyInCase() throws Exception {
        Path file = zip("twins.xlsx", "xl/workbook.xml", "<workbook/>", "xl/Workbook.xml", "<workbook/>");

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("two parts with the same name");
    }

    @Test
    void refusesAPackageOfMorePartsThanAWorkbookHas() throws Exception {
        String[] entries = new String[2 * (XlsxPackage.MAX_PARTS + 1)];
        for (int i = 0; i <= XlsxPackage.MAX_PARTS; i++) {
            entries[2 * i] = "xl/part" + i + ".xml";
            entries[2 * i + 1] = "";
        }
        Path file = zip("many.xlsx", entries);

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void namesAnXlsbUnderAnotherName() throws Exception {
        Path file = zip("binary.xlsx",
                "_rels/.rels", mainPartAt("xl/workbook.bin"),
                "xl/workbook.bin", "\u0001\u0002");

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining(".xlsb");
    }

    /** The package's relationships, naming its main part. */
    private static String mainPartAt(String target) {
        return RELS + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT + "\" Target=\"" + target + "\"/></Relationships>";
    }

    /** A zip of the given entries: name, content, name, content … */
    private Path zip(String name, String... entries) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
