package io.roadcase.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes, read as an .xlsx or a .csv, either read or fail with a SourceException. In a normal
 * test run these replay the seed inputs under {@code SourcesFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them for the given time.
 */
class SourcesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readsAnyBytesAsXlsx(byte[] data) throws IOException {
        readAs(data, ".xlsx");
    }

    @FuzzTest(maxDuration = "60s")
    void readsAnyBytesAsCsv(byte[] data) throws IOException {
        readAs(data, ".csv");
    }

    private static void readAs(byte[] data, String extension) throws IOException {
        Path file = Files.createTempFile("roadcase-fuzz", extension);
        try {
            Files.write(file, data);
            Sources.read(file, "fuzz" + extension, (name, sheet) -> (number, cells) -> {
            });
        } catch (SourceException expected) {
            // The one allowed way to fail; any other exception or error fails the fuzz test.
        } finally {
            Files.delete(file);
        }
    }
}
