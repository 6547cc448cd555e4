package io.roadcase.source;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Streams a UTF-8 CSV file (a byte-order mark is accepted). The separator is a comma, or a
 * semicolon when the first non-blank line has semicolons and no comma, as spreadsheets in many
 * European locales save it. Every cell is text; the table readers parse numbers and dates.
 */
final class CsvSource {

    private CsvSource() {
    }

    static void read(Path file, String relativeName, SheetVisitor visitor, FileClock clock) throws IOException {
        RowSink sink = RowBuffer.ask(visitor, relativeName, null);
        if (sink == null) {
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator(file))
                // Empty lines stay records, so each record starts right after the previous one
                // and the parser's line count gives the line where the next one starts.
                .setIgnoreEmptyLines(false)
                .get();
        RowBuffer rows = new RowBuffer(sink, clock);
        try (RecordLengthLimit reader = new RecordLengthLimit(open(file));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                reader.startRecord();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                for (int column = 0; column < record.size(); column++) {
                    rows.put(column, Cell.text(record.get(column)));
                }
                rows.endRow((int) Math.min(line, Integer.MAX_VALUE));
            }
        }
        rows.end();
    }

    /** A comma, unless the first non-blank line has a semicolon and no comma. */
    static char separator(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new RecordLengthLimit(open(file)))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    return line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
                }
            }
            return ',';
        }
    }

    private static Reader open(Path file) throws IOException {
        // A strict decoder: a file saved in a legacy encoding fails clearly instead of turning
        // accented letters into replacement characters.
        return new InputStreamReader(
                BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(),
                StandardCharsets.UTF_8.newDecoder());
    }

    /**
     * Stops a record that grows beyond {@link ReadLimits#MAX_CSV_RECORD_CHARACTERS}: an unclosed
     * quote would otherwise pull the rest of the file, however large, into one cell.
     */
    private static final class RecordLengthLimit extends FilterReader {

        private long sinceRecordStart;

        RecordLengthLimit(Reader in) {
            super(in);
        }

        void startRecord() {
            sinceRecordStart = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            sinceRecordStart += n;
            // The parser reads ahead by a buffer, so allow that much on top of the limit.
            if (sinceRecordStart > ReadLimits.MAX_CSV_RECORD_CHARACTERS + 65_536L) {
                throw new SourceFailure("a CSV record is longer than %,d characters: is a quote left unclosed?"
                        .formatted(ReadLimits.MAX_CSV_RECORD_CHARACTERS));
            }
        }
    }
}
