package io.roadcase.bench;

import io.roadcase.check.Checker;
import io.roadcase.model.Problem;
import io.roadcase.read.PortfolioReader;
import io.roadcase.source.Sources;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import de.siegmar.fastcsv.reader.CsvReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Times Roadcase's reading (read and check) and its anchor alternately, several rounds, in one JVM, and
 * prints each round's ratio: on a loaded machine only ratios measured side by side mean anything.
 * Usage: {@code ReadRatio DIR [xlsx|csv|fastcsv|lexer] [rounds]} with DIR from {@code LargeData kpi-values}.
 * {@code fastcsv} reads and checks the same CSV file as {@code csv} against a bare de.siegmar:fastcsv parse;
 * {@code lexer} only lexes it with our CSV source (every field's text) against the same parse.
 */
public final class ReadRatio {

    private ReadRatio() {
    }

    public static void main(String[] args) throws IOException {
        keepTheHeap();
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-data/kpi-values");
        String what = args.length > 1 ? args[1] : "xlsx";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Double> ratios = new ArrayList<>();
        long bestOurs = Long.MAX_VALUE;
        long bestAnchor = Long.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) {
            long ours;
            long anchor;
            // Alternate which runs first so neither always gets the warmer (or colder) machine.
            if (round % 2 == 0) {
                ours = time(() -> ours(dir, what));
                anchor = time(() -> anchor(dir, what));
            } else {
                anchor = time(() -> anchor(dir, what));
                ours = time(() -> ours(dir, what));
            }
            double ratio = (double) ours / anchor;
            System.out.printf("%s round %d%s: roadcase %,d ms, anchor %,d ms, ratio %.2f%n", what, round,
                    round == 0 ? " (warm-up)" : "", ours, anchor, ratio);
            if (round > 0) {
                ratios.add(ratio);
                bestOurs = Math.min(bestOurs, ours);
                bestAnchor = Math.min(bestAnchor, anchor);
            }
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s median ratio %.2f (min %.2f, max %.2f)%n", what, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
        System.out.println(Arrays.toString(sorted));
        // On a loaded machine the fastest round of each is the one least disturbed by other work.
        System.out.printf("%s best times: roadcase %,d ms, anchor %,d ms, ratio %.2f%n", what, bestOurs, bestAnchor,
                (double) bestOurs / bestAnchor);
    }

    /**
     * A fresh JVM starts with all of its -Xmx256m heap on this machine; the System.gc() between rounds
     * would shrink it to a few megabytes, and every read after it would grow it again through dozens
     * of collections, copying its million observations each time, which no real run does. (The
     * anchors keep nothing, so this only ever slowed Roadcase: 2.1x instead of 0.55x for CSV.)
     */
    static void keepTheHeap() {
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).setVMOption("MaxHeapFreeRatio", "100");
    }

    private interface Run {
        void run() throws IOException;
    }

    private static long time(Run run) throws IOException {
        // Drop what the previous run kept: a million observations still reachable from the sink
        // would take a third of the heap while the next read runs.
        sink = null;
        System.gc();
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static volatile Object sink;

    private static void ours(Path dir, String what) throws IOException {
        if (what.equals("lexer")) {
            lexOnly(dir.resolve("csv").resolve("kpi-values.csv"));
        } else {
            ours(what.equals("xlsx") ? dir : dir.resolve("csv"));
        }
    }

    /** Our CSV source alone, every field's text touched: the same work as the bare fastcsv parse. */
    private static void lexOnly(Path file) throws IOException {
        long[] rows = {0};
        try {
            Sources.read(file, file.getFileName().toString(), (name, sheet) -> (number, row) -> {
                for (int i = 0; i < row.size(); i++) {
                    sink = row.text(i);
                }
                rows[0]++;
            });
        } catch (io.roadcase.source.SourceException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (rows[0] < 100) {
            throw new IllegalStateException("read only " + rows[0] + " rows");
        }
    }

    private static void ours(Path dir) {
        PortfolioReader.ReadResult result = PortfolioReader.read(dir);
        List<Problem> problems = Checker.check(result.portfolio(), LocalDate.of(2026, 1, 1));
        if (result.portfolio().observations().size() < 100 || !result.problems().isEmpty() || !problems.isEmpty()) {
            throw new IllegalStateException("unexpected result: " + result.portfolio().observations().size()
                    + " rows, " + result.problems() + problems);
        }
        sink = result;
    }

    private static void anchor(Path dir, String what) throws IOException {
        long count = 0;
        if (what.equals("xlsx")) {
            try (ReadableWorkbook wb = new ReadableWorkbook(dir.resolve("kpi_values.xlsx").toFile(),
                    new ReadingOptions(true, false));
                    Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
                // Row 1 is the header.
                count = rows.filter(row -> row.getRowNum() > 1).mapToLong(row -> {
                    sink = row.getCellText(0);
                    sink = row.getCellAsDate(1).orElse(null);
                    sink = row.getCellAsNumber(2).orElse(null);
                    sink = row.getCellText(4);
                    return 1;
                }).sum();
            }
        } else if (what.equals("fastcsv") || what.equals("lexer")) {
            // fastcsv's own file reading (UTF-8), every field of every record as its String.
            try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv = CsvReader.builder()
                    .ofCsvRecord(dir.resolve("csv").resolve("kpi-values.csv"))) {
                for (de.siegmar.fastcsv.reader.CsvRecord record : csv) {
                    for (int i = 0; i < record.getFieldCount(); i++) {
                        sink = record.getField(i);
                    }
                    count++;
                }
            }
        } else {
            try (Reader in = Files.newBufferedReader(dir.resolve("csv").resolve("kpi-values.csv"),
                    StandardCharsets.UTF_8)) {
                for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                    for (String field : record) {
                        sink = field;
                    }
                    count++;
                }
            }
        }
        if (count < 100) {
            throw new IllegalStateException("anchor read only " + count + " rows");
        }
    }
}
