package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading never changes a user's file, whether it reads or fails. */
class ReadOnlyTest {

    @TempDir
    Path folder;

    @Test
    void leavesAnXlsxUnchanged() throws Exception {
        assertUnchangedAfterReading(workbook(new XSSFWorkbook(), "kpis.xlsx"));
    }

    @Test
    void leavesAnXlsUnchanged() throws Exception {
        assertUnchangedAfterReading(workbook(new HSSFWorkbook(), "kpis.xls"));
    }

    @Test
    void leavesACsvUnchanged() throws Exception {
        assertUnchangedAfterReading(Files.writeString(folder.resolve("kpis.csv"), "kpi,value\nNPS,3\n"));
    }

    @Test
    void leavesACorruptXlsxUnchanged() throws Exception {
        Path whole = workbook(new XSSFWorkbook(), "whole.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        bytes[bytes.length - 10] ^= 0x5A;
        Path corrupt = Files.write(folder.resolve("corrupt.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length - 200));

        assertUnchangedAfterReading(corrupt);
    }

    private void assertUnchangedAfterReading(Path file) throws Exception {
        String before = sha256(file);
        FileTime modified = Files.getLastModifiedTime(file);

        Throwable failure = catchThrowable(() -> RecordingVisitor.readAll(file));

        assertThat(failure).satisfiesAnyOf(
                f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(SourceException.class));
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        try (var left = Files.list(folder)) {
            assertThat(left).allMatch(path -> !path.getFileName().toString().startsWith("poi"));
        }
    }

    private Path workbook(Workbook workbook, String name) throws Exception {
        Path file = folder.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            XlsxSourceTest.kpiSheet(workbook);
            workbook.write(out);
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
