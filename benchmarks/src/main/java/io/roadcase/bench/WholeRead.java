package io.roadcase.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The anchor process of the whole-process reading targets (issue 20): reads one file with the fastest
 * library for its format, touches every cell's text, and does nothing else (no checks, nothing kept).
 * {@code bench/run targets} times it as a process, alternating with {@code roadcase validate} on the
 * same data, so both pay the same JVM start, class loading and JIT.
 * Usage: {@code WholeRead fastexcel FILE.xlsx} (the first sheet, through org.dhatim fastexcel-reader)
 * or {@code WholeRead fastcsv FILE.csv} (de.siegmar fastcsv, UTF-8). Prints the rows, cells and
 * characters it read, which also keeps the JIT from dropping the reading as unused.
 */
public final class WholeRead {

    private WholeRead() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WholeRead fastexcel FILE.xlsx | fastcsv FILE.csv");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        Count count = switch (args[0]) {
            case "fastexcel" -> fastexcel(file);
            case "fastcsv" -> fastcsv(file);
            default -> {
                System.err.println("unknown mode " + args[0] + ": fastexcel or fastcsv");
                System.exit(2);
                yield null;
            }
        };
        System.out.printf("%s: %,d rows, %,d cells, %,d characters%n", file, count.rows, count.cells, count.chars);
    }

    /** What was read: rows, cells and the length of every cell's text. */
    private static final class Count {
        long rows;
        long cells;
        long chars;

        void cell(String text) {
            cells++;
            chars += text.length();
        }
    }

    /** Every cell of the first sheet as text, header row included (fastexcel's default options). */
    private static Count fastexcel(Path file) throws IOException {
        Count count = new Count();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                for (int i = 0; i < row.getCellCount(); i++) {
                    count.cell(row.getCellText(i));
                }
                count.rows++;
            });
        }
        return count;
    }

    /** Every field of every record as its String, header included (fastcsv's own UTF-8 file reading). */
    private static Count fastcsv(Path file) throws IOException {
        Count count = new Count();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : csv) {
                for (int i = 0; i < record.getFieldCount(); i++) {
                    count.cell(record.getField(i));
                }
                count.rows++;
            }
        }
        return count;
    }
}
