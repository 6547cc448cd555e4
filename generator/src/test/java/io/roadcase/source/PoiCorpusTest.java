package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.testing.ExternalTool;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of Apache POI's hostile test corpus (shared, not copied into the project): each
 * must read or fail with one SourceException whose one-line message names the real problem, never
 * with another exception, an Error or a hang.
 */
class PoiCorpusTest {

    private static Path corpus;
    private static Map<String, String> categories;

    @BeforeAll
    static void findCorpus() throws IOException {
        corpus = ExternalTool.shared("corpus", "poi", "INDEX.csv").getParent();
        categories = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(corpus.resolve("INDEX.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
                categories.put(record.get("filename"), record.get("category"));
            }
        }
    }

    /** What reading one file came to. */
    record Outcome(String file, String category, boolean read, int cells, String message) {
    }

    @Test
    void readsOrRejectsEveryFileWithOneClearMessage() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        List<Path> files;
        try (var listing = Files.list(corpus)) {
            files = listing.filter(path -> !path.getFileName().toString().equals("INDEX.csv")).sorted().toList();
        }
        for (Path file : files) {
            outcomes.add(readWithTimeout(file));
        }
        printSummary(outcomes);

        for (Outcome outcome : outcomes) {
            if (!outcome.read()) {
                assertThat(outcome.message()).as(outcome.file()).doesNotContain("\n", "\r").isNotBlank();
            }
            expectMessageMatchesCategory(outcome);
        }
    }

    @Test
    void readsTheSameCellsFromXlsXlsxAndStrictXlsx() throws Exception {
        List<String> xlsx = texts(RecordingVisitor.readAll(corpus.resolve("SampleSS.xlsx")));
        List<String> xls = texts(RecordingVisitor.readAll(corpus.resolve("SampleSS.xls")));
        List<String> strict = texts(RecordingVisitor.readAll(corpus.resolve("SampleSS.strict.xlsx")));

        assertThat(xlsx).isNotEmpty().isEqualTo(xls).isEqualTo(strict);
    }

    /** Every sheet, row number and cell text, one string per row. */
    private static List<String> texts(RecordingVisitor visitor) {
        List<String> rows = new ArrayList<>();
        visitor.sheets.forEach((sheet, sheetRows) -> sheetRows.forEach(row -> rows.add(sheet + "!" + row.number()
                + " " + row.cells().stream().map(cell -> cell.kind() + ":" + cell.text()).toList())));
        return rows;
    }

    private static void expectMessageMatchesCategory(Outcome outcome) {
        String category = outcome.category() == null ? "" : outcome.category();
        String name = outcome.file().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsb")) {
            assertThat(outcome.message()).as(outcome.file()).contains(".xlsb");
        } else if (category.startsWith("encrypted")) {
            assertThat(outcome.message()).as(outcome.file()).contains("encrypted");
        } else if (category.equals("old-biff")) {
            assertThat(outcome.message()).as(outcome.file()).contains("old Excel");
        } else if (category.startsWith("zip-bomb") && !name.equals("poc-shared-strings.xlsx")) {
            assertThat(outcome.message()).as(outcome.file()).containsAnyOf("zip bomb", "refused for safety");
        } else if (category.equals("malicious/zip")) {
            assertThat(outcome.message()).as(outcome.file()).contains("same name");
        } else if (category.startsWith("basic") || category.startsWith("dates") || category.startsWith("types")
                || category.startsWith("formats") || category.startsWith("unicode")) {
            assertThat(outcome.read()).as(outcome.file() + ": " + outcome.message()).isTrue();
        }
    }

    private static Outcome readWithTimeout(Path file) throws InterruptedException {
        String name = file.getFileName().toString();
        int[] cells = {0};
        FutureTask<String> task = new FutureTask<>(() -> {
            try {
                Sources.read(file, name, (f, sheet) -> (number, row) -> cells[0] += row.size());
                return null;
            } catch (SourceException e) {
                return e.getMessage();
            }
        });
        Thread thread = new Thread(task, "read " + name);
        thread.setDaemon(true);
        thread.start();
        String category = categories.get(name);
        try {
            String message = task.get(10, TimeUnit.SECONDS);
            return new Outcome(name, category, message == null, cells[0], message == null ? "" : message);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError(name + " did not finish reading within 10 s");
        } catch (ExecutionException e) {
            throw new AssertionError(name + " failed with " + e.getCause() + " instead of a SourceException",
                    e.getCause());
        }
    }

    private static void printSummary(List<Outcome> outcomes) {
        StringBuilder table = new StringBuilder("\nPOI corpus through Sources.read\n");
        long read = outcomes.stream().filter(Outcome::read).count();
        for (Outcome outcome : outcomes) {
            table.append(String.format(Locale.ROOT, "%-70s %-22s %s%n", outcome.file(), outcome.category(),
                    outcome.read() ? "read (" + outcome.cells() + " cells)" : "REJECTED: " + outcome.message()));
        }
        table.append(String.format(Locale.ROOT, "%d read, %d rejected%n", read, outcomes.size() - read));
        System.out.println(table);
    }
}
