package io.roadcase.source;

/**
 * Bounds that keep a hostile or broken file from hanging the tool or exhausting memory. Each one is
 * far above what a real product team's workbook needs.
 */
final class ReadLimits {

    /**
     * Wall time for reading one file, checked while rows stream. A 1,000,000-row sheet takes about
     * 5 s of processor time; the margin is for a busy machine (a CI host shared by many builds).
     */
    static final long MAX_MILLIS_PER_FILE = 120_000;

    /** Rows in one sheet or CSV file; Excel itself stops at 1,048,576. */
    static final int MAX_ROWS_PER_TABLE = 2_000_000;

    /** Excel's own limits: columns A..XFD and 32,767 characters in a cell. */
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL_CHARACTERS = 32_767;

    /** All shared strings of a workbook together (they are held in memory while sheets stream). */
    static final long MAX_SHARED_STRING_CHARACTERS = 64_000_000;

    /** One CSV record; a longer one is almost always an unclosed quote swallowing the file. */
    static final int MAX_CSV_RECORD_CHARACTERS = 1_000_000;

    private ReadLimits() {
    }
}
