package io.roadcase.source;

/** Counts the rows of the table being read and stops a file that takes too long. */
final class ReadDeadline {

    private final long deadline;
    private final int maxRows;
    private int rows;

    ReadDeadline(long millis) {
        this(millis, ReadLimits.MAX_ROWS_PER_TABLE);
    }

    ReadDeadline(long millis, int maxRows) {
        this.deadline = System.nanoTime() + millis * 1_000_000;
        this.maxRows = maxRows;
    }

    /** A new sheet or file begins: its rows count from zero. */
    void newTable() {
        rows = 0;
    }

    /** One more row was read; throws when the table or the time is too large. */
    void row() {
        if (++rows > maxRows) {
            throw new SourceFailure("a table has more than %,d rows, the most this tool reads".formatted(maxRows));
        }
        if ((rows & 0x3FF) == 0) {
            check();
        }
    }

    /** Throws when the time for the file has run out. */
    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new SourceFailure("reading took longer than %d seconds: the file is too large or damaged"
                    .formatted(ReadLimits.MAX_MILLIS_PER_FILE / 1000));
        }
    }
}
