package io.roadcase.source;

import java.util.List;

/** Receives the rows of one sheet or CSV file in order, without keeping them. */
public interface RowSink {

    /**
     * One row. Blank rows may be skipped by the source.
     *
     * @param number 1-based sheet row, or the CSV physical line where the record starts
     * @param cells  cells by column index (column A = 0); trailing blanks may be missing; the list
     *               may be reused by the source after this call returns
     */
    void row(int number, List<Cell> cells);

    /** No more rows in this sheet or file. */
    default void end() {
    }
}
