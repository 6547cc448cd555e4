package io.roadcase.model;

/**
 * Where a value came from: a workbook cell ({@code roadmap.xlsx}, sheet {@code Roadmap}, cell {@code E7})
 * or a CSV field (line and column header). Fields that do not apply are null.
 *
 * @param file   path relative to the data directory
 * @param sheet  sheet name, null for CSV
 * @param cell   A1 reference, null for CSV or when the whole row or table is meant
 * @param line   CSV physical line (1-based), null for workbooks
 * @param column CSV column header, null for workbooks
 */
public record Place(String file, String sheet, String cell, Integer line, String column)
        implements java.io.Serializable {

    /** A whole file. */
    public static Place file(String file) {
        return new Place(file, null, null, null, null);
    }

    /** A cell of a workbook sheet; {@code cell} may be null for the whole sheet. */
    public static Place cell(String file, String sheet, String cell) {
        return new Place(file, sheet, cell, null, null);
    }

    /** A field of a CSV file; {@code column} may be null for the whole line. */
    public static Place csv(String file, Integer line, String column) {
        return new Place(file, null, null, line, column);
    }

    /** Human-readable form used in every problem line: {@code roadmap.xlsx, sheet Roadmap, cell E7}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file == null ? "(settings)" : file);
        if (sheet != null) {
            s.append(", sheet ").append(sheet);
        }
        if (cell != null) {
            s.append(", cell ").append(cell);
        }
        if (line != null) {
            s.append(", line ").append(line);
        }
        if (column != null) {
            s.append(", column ").append(column);
        }
        return s.toString();
    }
}
