package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.source.Cell;
import io.roadcase.source.SourceException;
import io.roadcase.source.Sources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers' in-place parsing of a row's cells ({@link NumberCells#value}, {@link DateCells#date(
 * io.roadcase.source.SourceRow, int, DateCells.Role, DateTimeFormatter)}) gives the same value, or the same
 * message, as parsing the cell made from it, for generated texts read from a CSV file.
 */
class InPlaceParsingTest {

    private static final String[] PIECES = {"0", "1", "2", "9", "12", "2026", "-", ".", ",", " ", "%", "$", "e",
        "E", "+", "(", ")", "Q", "Jan", "/", "T", ":", "\u00a0", "x", "1.5", "-0", "2026-02-30", "2026-03",
        "0999-01-01", "2026-01-01", "1e400", "00"};

    @TempDir
    Path folder;

    @Test
    void parsesInPlaceAsFromTheCell() throws IOException, SourceException {
        Random random = new Random(20261126L);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(5); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        StringBuilder csv = new StringBuilder();
        for (String text : texts) {
            csv.append("k,\"").append(text.replace("\"", "\"\"")).append("\"\n");
        }
        Path file = Files.writeString(folder.resolve("values.csv"), csv, StandardCharsets.UTF_8);
        DateTimeFormatter dayFirst = DateCells.format("dd/MM/yyyy");
        int[] rows = {0};

        Sources.read(file, "values.csv", (name, sheet) -> (number, row) -> {
            Cell cell = row.cell(1);
            assertThat(outcome(() -> NumberCells.value(row, 1))).as("number of %s", cell)
                    .isEqualTo(outcome(() -> cell.isBlank() ? Double.NaN : NumberCells.number(cell)));
            for (DateCells.Role role : DateCells.Role.values()) {
                for (DateTimeFormatter format : new DateTimeFormatter[] {null, dayFirst}) {
                    assertThat(outcome(() -> DateCells.date(row, 1, role, format))).as("date of %s", cell)
                            .isEqualTo(outcome(() -> DateCells.date(cell, role, format)));
                }
            }
            rows[0]++;
        });

        assertThat(rows[0]).isEqualTo(texts.size());
    }

    private interface Parse {
        Object parse() throws BadCell;
    }

    /** The value, or the message of the BadCell. */
    private static String outcome(Parse parse) {
        try {
            Object value = parse.parse();
            return value instanceof Double d ? "value " + Double.doubleToRawLongBits(d) : "value " + value;
        } catch (BadCell e) {
            return "bad " + e.getMessage();
        }
    }
}
