package io.roadcase.source;

/**
 * Collects the cells of one row by column and hands non-blank rows to the sink. One {@link SourceRow}
 * is reused for every row, as {@link RowSink} allows, so streaming a sheet allocates no per-row objects.
 */
final class RowBuffer {

    private final RowSink sink;
    private final ReadDeadline clock;
    private final SourceRow row;
    private boolean done;

    /** @param numbers makes the cells of General numbers put with {@link #putNumber}; null if none are */
    RowBuffer(RowSink sink, ReadDeadline clock, NumericCells numbers) {
        this.sink = sink;
        this.clock = clock;
        this.row = new SourceRow(numbers);
        clock.newTable();
    }

    RowBuffer(RowSink sink, ReadDeadline clock) {
        this(sink, clock, null);
    }

    /** Puts a cell at a 0-based column; blank cells only pad. */
    void put(int column, Cell cell) {
        row.put(column, cell);
    }

    /** Puts a CSV field, {@code text[start..end)}, valid until the row ends; blank fields only pad. */
    void putText(int column, char[] text, int start, int end) {
        row.putText(column, text, start, end);
    }

    /** Puts a text, copying it: the caller may reuse the builder. Blank text only pads. */
    void copyText(int column, CharSequence text) {
        row.copyText(column, text);
    }

    /** Puts a text held elsewhere, such as a shared string. Blank text only pads. */
    void putString(int column, String text) {
        row.putString(column, text);
    }

    /** Puts a number shown in General format. */
    void putNumber(int column, double value) {
        row.putNumber(column, value);
    }

    /** Ends the current row: sends it when it holds a value, then clears the buffer. */
    void endRow(int number) {
        clock.row();
        if (row.hasValue() && !done) {
            try {
                sink.row(number, row);
                done = !sink.wantsMore();
            } catch (RuntimeException e) {
                throw new VisitorFailure(e);
            }
        }
        row.clear();
    }

    /** Whether the sink wants no more rows: the source may stop reading the sheet (and must then call {@link #end}). */
    boolean done() {
        return done;
    }

    /** Ends the table. */
    void end() {
        try {
            sink.end();
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    /** Asks the visitor for a sink, passing its exceptions on unchanged. */
    static RowSink ask(SheetVisitor visitor, String file, String sheet) {
        try {
            return visitor.sheet(file, sheet);
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }
}
