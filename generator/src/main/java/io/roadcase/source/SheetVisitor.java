package io.roadcase.source;

/** Decides, sheet by sheet, whether a table reader wants the rows. */
public interface SheetVisitor {

    /**
     * A sheet (or CSV file) begins.
     *
     * @param file  path relative to the data directory
     * @param sheet sheet name; null for a CSV file, whose table name is its file stem
     * @return the sink for its rows, or null to skip the sheet
     */
    RowSink sheet(String file, String sheet);
}
