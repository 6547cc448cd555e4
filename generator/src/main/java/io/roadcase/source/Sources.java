package io.roadcase.source;

// placeholder until the source branch lands: the lead takes the source branch's version when merging.
// It reads CSV only (commons-csv); workbooks throw SourceException.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams the sheets of one data file to a visitor (placeholder: CSV only). */
public final class Sources {

    private Sources() {
    }

    /** Reads one file; the visitor chooses the sheets it wants. */
    public static void read(Path file, String relativeName, SheetVisitor visitor) throws SourceException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new SourceException("workbooks are not supported by the placeholder source reader");
        }
        RowSink sink = visitor.sheet(relativeName, null);
        if (sink == null) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            in.mark(1 << 16);
            String firstLine = in.readLine();
            in.reset();
            char delimiter = firstLine != null && !firstLine.contains(",") && firstLine.contains(";") ? ';' : ',';
            readCsv(in, delimiter, sink);
        } catch (IOException | RuntimeException e) {
            throw new SourceException("cannot read the CSV file: " + e.getMessage(), e);
        }
        sink.end();
    }

    private static void readCsv(Reader in, char delimiter, RowSink sink) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            long linesBefore = 0;
            List<Cell> cells = new ArrayList<>();
            for (CSVRecord record : parser) {
                cells.clear();
                for (String value : record) {
                    cells.add(Cell.text(value));
                }
                sink.row((int) linesBefore + 1, cells);
                linesBefore = parser.getCurrentLineNumber();
            }
        }
    }
}
