package io.roadcase.source;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Streams a UTF-8 CSV file (a byte-order mark is accepted). The separator is a comma, or a
 * semicolon when the first non-blank line has semicolons and no comma, as spreadsheets in many
 * European locales save it. Every cell is text; the table readers parse numbers and dates. Fields
 * are split as commons-csv's default format does ({@link CsvLexer}).
 */
final class CsvSource {

    private CsvSource() {
    }

    static void read(Path file, String relativeName, SheetVisitor visitor, ReadDeadline clock) throws IOException {
        RowSink sink = RowBuffer.ask(visitor, relativeName, null);
        if (sink == null) {
            return;
        }
        char separator = separator(file);
        RowBuffer rows = new RowBuffer(sink, clock);
        try (Reader reader = open(file)) {
            // A buffer's worth on top of the limit, as when commons-csv's read-ahead counted too.
            CsvLexer records = new CsvLexer(reader, separator, ReadLimits.MAX_CSV_RECORD_CHARACTERS + 65_536);
            while (!rows.done() && records.next()) {
                char[] text = records.buffer();
                for (int field = 0; field < records.fields(); field++) {
                    rows.putText(field, text, records.start(field), records.end(field));
                }
                rows.endRow((int) Math.min(records.line(), Integer.MAX_VALUE));
            }
        }
        rows.end();
    }

    /**
     * A comma, unless the first non-blank line has a semicolon and no comma; a tab in a {@code .tsv} file
     * (GitHub Projects exports views so), or when the first line has tabs and neither.
     */
    static char separator(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv")) {
            return '\t';
        }
        try (BufferedReader reader = new BufferedReader(new RecordLengthLimit(open(file)))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    if (line.indexOf('\t') >= 0 && line.indexOf(',') < 0 && line.indexOf(';') < 0) {
                        return '\t';
                    }
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
     * Stops finding the separator beyond {@link ReadLimits#MAX_CSV_RECORD_CHARACTERS}: a file without
     * line breaks would otherwise be read whole into one line.
     */
    private static final class RecordLengthLimit extends FilterReader {

        private long sinceRecordStart;

        RecordLengthLimit(Reader in) {
            super(in);
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
            // The line reader reads ahead by a buffer, so allow that much on top of the limit.
            if (sinceRecordStart > ReadLimits.MAX_CSV_RECORD_CHARACTERS + 65_536L) {
                throw new SourceFailure("a CSV record is longer than %,d characters: is a quote left unclosed?"
                        .formatted(ReadLimits.MAX_CSV_RECORD_CHARACTERS));
            }
        }
    }
}
