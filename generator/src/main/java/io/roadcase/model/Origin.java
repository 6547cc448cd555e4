package io.roadcase.model;

import java.util.Map;

/**
 * The row a record was read from, able to name the cell of any of its fields. One {@code columns}
 * map is shared by every row of a table, so an origin costs a few bytes per row.
 *
 * @param file    path relative to the data directory
 * @param sheet   sheet name, null for CSV
 * @param row     1-based sheet row, or the CSV physical line where the record starts
 * @param columns field name (as declared by the table reader) to column letter (workbook) or header (CSV)
 */
public record Origin(String file, String sheet, int row, Map<String, String> columns) {

    /** An origin for records made in code (tests, defaults): places name no file. */
    public static final Origin NONE = new Origin(null, null, 0, Map.of());

    /** The origin of another row of the same table. */
    public Origin atRow(int otherRow) {
        return new Origin(file, sheet, otherRow, columns);
    }

    /** The place of one field of this row; the whole row when the field has no column. */
    public Place at(String field) {
        String column = columns.get(field);
        if (sheet == null) {
            return file == null ? null : Place.csv(file, row, column);
        }
        return Place.cell(file, sheet, column == null ? null : column + row);
    }

    /** The place of the row itself (its first cell for a workbook). */
    public Place rowPlace() {
        if (file == null) {
            return null;
        }
        return sheet == null ? Place.csv(file, row, null) : Place.cell(file, sheet, "A" + row);
    }
}
