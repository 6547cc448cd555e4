package io.roadcase.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVException;

/**
 * Splits CSV text into records and fields exactly as commons-csv does with {@code CSVFormat.DEFAULT},
 * the file's separator and empty lines kept as records: fields separated by the separator, records by
 * CR, LF or CRLF, {@code "} quotes with {@code ""} for a quote inside them, spaces kept, a quote inside
 * an unquoted field kept as written, and only spaces allowed between a closing quote and the next
 * separator. Malformed input fails with the exception commons-csv's record iterator threw, so users
 * see the same message; {@code CsvLexerTest} compares the two on many generated inputs.
 *
 * <p>Why not commons-csv itself: reading, converting and checking a million rows should take at most
 * 1.2 times a bare commons-csv parse of them, and that parse alone is the 1.0 (it reads character by
 * character through two buffered readers and copies every field into a String). This lexer scans one
 * buffer in place and leaves the fields there ({@link #start}, {@link #end}); with it the whole read
 * takes 0.6 to 1.1 times the bare parse (docs/benchmarks.md, "Reading").
 */
final class CsvLexer {

    private static final int END_OF_INPUT = -1;
    private static final char QUOTE = '"';
    private static final char CR = '\r';
    private static final char LF = '\n';

    private final Reader in;
    private final char delimiter;
    private final int maxRecordLength;

    private char[] buffer;
    /** The next character to read and the end of the characters read into the buffer. */
    private int position;
    private int limit;
    /** Characters dropped from the front of the buffer so far. */
    private long dropped;
    private boolean inputEnded;
    /** The last record ended at the end of the input. */
    private boolean finished;
    private long lineBreaks;

    private int recordStart;
    private long recordLine;
    /** The field being read: where it starts, and (in quotes) where its next character goes. */
    private int fieldStart;
    private int written;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fields;

    /**
     * @param maxRecordLength a record longer than this (in characters) fails: an unclosed quote would
     *                        otherwise pull the rest of a file of any size into one field
     */
    CsvLexer(Reader in, char delimiter, int maxRecordLength) {
        this(in, delimiter, maxRecordLength, 1 << 16);
    }

    /** @param bufferSize the buffer's first size (tests make it tiny to move records often) */
    CsvLexer(Reader in, char delimiter, int maxRecordLength, int bufferSize) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordLength = maxRecordLength;
        this.buffer = new char[bufferSize];
    }

    /** Reads the next record; false when there is none. */
    boolean next() throws IOException {
        fields = 0;
        if (finished) {
            return false;
        }
        recordStart = position;
        recordLine = lineBreaks + 1;
        boolean afterDelimiter = false;
        while (true) {
            int c = read();
            if (c == END_OF_INPUT && !afterDelimiter) {
                finished = true;
                return false;
            }
            if (c == delimiter) {
                addField(position, position);
                afterDelimiter = true;
            } else if (c == CR || c == LF) {
                addField(position, position);
                lineBreak(c);
                return true;
            } else if (c == END_OF_INPUT) {
                addField(position, position);
                finished = true;
                return true;
            } else if (c == QUOTE ? quotedField() : plainField()) {
                return true;
            } else {
                afterDelimiter = true;
            }
        }
    }

    /** The number of fields of the current record. */
    int fields() {
        return fields;
    }

    /** The buffer holding the current record's fields; valid until the next call of {@link #next}. */
    char[] buffer() {
        return buffer;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    /** The line the current record starts on (1-based), counting the line breaks inside quoted fields. */
    long line() {
        return recordLine;
    }

    /**
     * A field without quotes whose first character was just read: up to the separator, a line break or
     * the end. True when it ends the record.
     */
    private boolean plainField() throws IOException {
        fieldStart = position - 1;
        while (true) {
            char[] chars = buffer;
            int stop = limit;
            for (int i = position; i < stop; i++) {
                char c = chars[i];
                if (c == delimiter || c == LF || c == CR) {
                    position = i + 1;
                    addField(fieldStart, i);
                    if (c == delimiter) {
                        return false;
                    }
                    lineBreak(c);
                    return true;
                }
            }
            position = stop;
            fill();
            if (position == limit) {
                addField(fieldStart, position);
                finished = true;
                return true;
            }
        }
    }

    /**
     * A field in quotes, its opening quote just read. Its content is compacted in place, a doubled
     * quote becoming one. True when it ends the record.
     */
    private boolean quotedField() throws IOException {
        long startLine = lineBreaks + 1;
        fieldStart = position;
        written = position;
        int previous = QUOTE;
        while (true) {
            int c = read();
            if (c == QUOTE) {
                if (peek() != QUOTE) {
                    addField(fieldStart, written);
                    return afterClosingQuote();
                }
                position++;
            } else if (c == END_OF_INPUT) {
                throw malformed("(startline %,d) EOF reached before encapsulated token finished", startLine);
            } else if (c == CR || c == LF && previous != CR) {
                lineBreaks++;
            }
            buffer[written++] = (char) c;
            previous = c;
        }
    }

    /** Only spaces may follow a closing quote, then the separator, a line break or the end. True at a record's end. */
    private boolean afterClosingQuote() throws IOException {
        while (true) {
            int c = read();
            if (c == delimiter) {
                return false;
            }
            if (c == END_OF_INPUT) {
                finished = true;
                return true;
            }
            if (c == CR || c == LF) {
                lineBreak(c);
                return true;
            }
            if (!Character.isWhitespace((char) c)) {
                throw malformed("Invalid character between encapsulated token and delimiter at line: %,d, position: %,d",
                        lineBreaks + 1, dropped + position);
            }
        }
    }

    /** A CR or LF just read outside quotes ends a line; the LF of a CRLF is read with it. */
    private void lineBreak(int c) throws IOException {
        lineBreaks++;
        if (c == CR && peek() == LF) {
            position++;
        }
    }

    /** The next character, or {@link #END_OF_INPUT}. */
    private int read() throws IOException {
        if (position == limit) {
            fill();
            if (position == limit) {
                return END_OF_INPUT;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit) {
            fill();
            if (position == limit) {
                return END_OF_INPUT;
            }
        }
        return buffer[position];
    }

    private void addField(int start, int end) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields] = end;
        fields++;
    }

    /**
     * Reads more input once the buffer is used up, first moving the current record to the front of the
     * buffer (or growing the buffer when the record fills it).
     */
    private void fill() throws IOException {
        if (inputEnded) {
            return;
        }
        int shift = recordStart;
        if (shift > 0) {
            System.arraycopy(buffer, shift, buffer, 0, limit - shift);
            for (int i = 0; i < fields; i++) {
                starts[i] -= shift;
                ends[i] -= shift;
            }
            recordStart = 0;
            fieldStart -= shift;
            written -= shift;
            position -= shift;
            limit -= shift;
            dropped += shift;
        }
        // The buffer holds only the current record now: check its length, and read no further than
        // one character past the limit, so that a record beyond it is always caught here.
        if (limit > maxRecordLength) {
            throw new SourceFailure("a CSV record is longer than %,d characters: is a quote left unclosed?"
                    .formatted(ReadLimits.MAX_CSV_RECORD_CHARACTERS));
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, Math.min(buffer.length - limit, maxRecordLength + 1 - limit));
        if (n < 0) {
            inputEnded = true;
        } else {
            limit += n;
        }
    }

    /** The failure commons-csv's record iterator reported for malformed input, message and all. */
    private static UncheckedIOException malformed(String format, Object... args) {
        return new UncheckedIOException(new CSVException(format, args));
    }
}
