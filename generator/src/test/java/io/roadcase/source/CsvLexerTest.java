package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CsvLexer} against commons-csv, which it replaced: the same records, fields, record lines and
 * failure messages for hand-picked and for many generated inputs, read in small pieces through a tiny
 * buffer so that records cross buffer boundaries.
 */
class CsvLexerTest {

    @Test
    void splitsLikeCommonsCsv() throws IOException {
        for (String input : List.of("", "a", "a,b", "a,b\n", "a,\n", "a,", ",", "\n", "\n\n", "a\r\nb\rc\n\rd",
                "\"a\",\"b\"\"c\"\r\n", "\"x\"  ,y", "\"x\"\t\n", "a\"b\",c", " \"a\"", "\"a\nb\r\nc\",d\ne",
                "\"unclosed", "a,\"b\"c", "\"\"", "\"\"\"\"", "a,,\n,,", "\"a\"\r", "\"a\" \r\nb")) {
            for (char delimiter : new char[] {',', ';'}) {
                assertSameAsCommonsCsv(input, delimiter);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';'})
    void splitsGeneratedInputsLikeCommonsCsv(char delimiter) throws IOException {
        // Mostly the characters that matter to the syntax, and spaces of several kinds.
        char[] alphabet = {',', ';', '"', '"', '\r', '\n', ' ', '\t', 'a', 'b', '1', 'é', '\u2003', '\u00a0', '\u001c'};
        Random random = new Random(20261126L + delimiter);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder input = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                input.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertSameAsCommonsCsv(input.toString(), delimiter);
        }
    }

    @Test
    void stopsARecordBeyondTheLimit() {
        String input = "a,b\n\"" + "x".repeat(200);

        assertThatThrownBy(() -> records(new StringReader(input), ',', 16))
                .isInstanceOf(SourceFailure.class).hasMessageContaining("quote left unclosed");
    }

    private static void assertSameAsCommonsCsv(String input, char delimiter) throws IOException {
        String expected = commonsCsv(input, delimiter);
        assertThat(records(new StringReader(input), delimiter, 1 << 20)).as(shown(input)).isEqualTo(expected);
        assertThat(records(new Trickle(new StringReader(input)), delimiter, 1 << 20)).as(shown(input))
                .isEqualTo(expected);
    }

    /** Each record as {@code line: [fields]}, then the failure message if reading failed. */
    private static String records(Reader reader, char delimiter, int maxRecordLength) throws IOException {
        StringBuilder out = new StringBuilder();
        CsvLexer lexer = new CsvLexer(reader, delimiter, maxRecordLength, 4);
        try {
            while (lexer.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < lexer.fields(); i++) {
                    fields.add(new String(lexer.buffer(), lexer.start(i), lexer.end(i) - lexer.start(i)));
                }
                out.append(lexer.line()).append(": ").append(fields).append('\n');
            }
        } catch (java.io.UncheckedIOException e) {
            out.append("failed: ").append(e.getMessage());
        }
        return out.toString();
    }

    /** The same, read by commons-csv as the CSV source used to read it. */
    private static String commonsCsv(String input, char delimiter) throws IOException {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(input)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                out.append(line).append(": ").append(records.next().toList()).append('\n');
            }
        } catch (java.io.UncheckedIOException e) {
            out.append("failed: ").append(e.getMessage());
        }
        return out.toString();
    }

    private static String shown(String input) {
        return input.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    /** Gives at most three characters per read, as a slow stream might. */
    private static final class Trickle extends FilterReader {
        Trickle(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, 3));
        }
    }
}
