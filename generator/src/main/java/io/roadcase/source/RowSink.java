package io.roadcase.source;

/** Receives the rows of one sheet or CSV file in order, without keeping them. */
public interface RowSink {

    /**
     * One row holding at least one non-blank cell (blank rows are not sent).
     *
     * @param number 1-based sheet row, or the CSV physical line where the record starts
     * @param row    its cells; reused by the source after this call returns
     */
    void row(int number, SourceRow row);

    /**
     * Whether the sink wants the rows after the ones it has: a sink that looks only at the top of a
     * sheet returns false, and the source may stop reading that sheet (then {@link #end} follows).
     */
    default boolean wantsMore() {
        return true;
    }

    /** No more rows in this sheet or file. */
    default void end() {
    }
}
