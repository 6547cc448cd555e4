package io.roadcase.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the cells of one row by column and hands non-blank rows to the sink. One list is reused
 * for every row, as {@link RowSink} allows, so streaming a sheet allocates no per-row list.
 */
final class RowBuffer {

    private final RowSink sink;
    private final FileClock clock;
    private final ArrayList<Cell> cells = new ArrayList<>();
    private final List<Cell> view = java.util.Collections.unmodifiableList(cells);
    private boolean hasValue;

    RowBuffer(RowSink sink, FileClock clock) {
        this.sink = sink;
        this.clock = clock;
        clock.newTable();
    }

    /** Puts a cell at a 0-based column; blank cells only pad. */
    void put(int column, Cell cell) {
        if (column < 0 || column >= ReadLimits.MAX_COLUMNS) {
            throw new SourceFailure("a cell lies beyond column XFD, the last column Excel allows");
        }
        if (cell.isBlank()) {
            return;
        }
        while (cells.size() < column) {
            cells.add(Cell.BLANK);
        }
        if (cells.size() == column) {
            cells.add(cell);
        } else {
            cells.set(column, cell);
        }
        hasValue = true;
    }

    /** Ends the current row: sends it when it holds a value, then clears the buffer. */
    void endRow(int number) {
        clock.row();
        if (hasValue) {
            try {
                sink.row(number, view);
            } catch (RuntimeException e) {
                throw new VisitorFailure(e);
            }
        }
        cells.clear();
        hasValue = false;
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
