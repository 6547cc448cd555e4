package io.roadcase.bench;

import io.roadcase.check.Checker;
import io.roadcase.read.PortfolioReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading 1,000,000 {@code kpi_values} rows: Roadcase's reader and checker (full type conversion and checks)
 * against the anchors measured in the same run: fastexcel-reader on the xlsx, a bare commons-csv
 * parse on the CSV. The data comes from {@code LargeData kpi-values}; pass its folder with
 * {@code -p data=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Djava.awt.headless=true"})
public class ReadBenchmark {

    @Param("target/bench-data/kpi-values")
    public String data;

    /** As in {@link ReadRatio}: the heap a fresh JVM has, not one shrunk by the collections between iterations. */
    @Setup(Level.Trial)
    public void keepTheHeap() {
        ReadRatio.keepTheHeap();
    }

    /** Each iteration reads on a clean heap, as one run of the tool does, not amid the previous one's garbage. */
    @Setup(Level.Iteration)
    public void collect() {
        System.gc();
    }

    @Benchmark
    public Object roadcaseXlsx() {
        return read(Path.of(data), "kpi_values.xlsx");
    }

    @Benchmark
    public Object roadcaseCsv() {
        return read(Path.of(data, "csv"), "kpi-values.csv");
    }

    /** The xlsx anchor: every cell of the sheet read with its type, dates converted. */
    @Benchmark
    public void fastexcelXlsx(Blackhole bh) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(Path.of(data, "kpi_values.xlsx").toFile(),
                new ReadingOptions(true, false));
                Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
            // Row 1 is the header.
            rows.filter(row -> row.getRowNum() > 1).forEach(row -> {
                bh.consume(row.getCellText(0));
                bh.consume(row.getCellAsDate(1).orElse(null));
                bh.consume(row.getCellAsNumber(2).orElse(null));
                bh.consume(row.getCellText(4));
            });
        }
    }

    /** The CSV anchor: a bare parse, every field touched. */
    @Benchmark
    public void commonsCsv(Blackhole bh) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of(data, "csv", "kpi-values.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                for (String field : record) {
                    bh.consume(field);
                }
            }
        }
    }

    /**
     * Reads and checks a folder holding only kpis.csv and the one data file, as a user's data folder
     * would: the checker's repeated-date search over every row is part of reading.
     */
    private static Object read(Path dir, String file) {
        PortfolioReader.ReadResult result = PortfolioReader.read(dir);
        if (result.portfolio().observations().isEmpty()) {
            throw new IllegalStateException("no rows read from " + dir.resolve(file) + ": " + result.problems());
        }
        return Checker.check(result.portfolio(), LocalDate.of(2026, 1, 1));
    }
}
