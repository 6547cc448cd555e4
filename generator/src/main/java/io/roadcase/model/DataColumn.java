package io.roadcase.model;

import java.util.List;

/**
 * One column of a data sheet: its header, its type and one value per row, null for a blank cell. A
 * value is a {@link java.time.LocalDate} (date), a {@link Double} (number; a percent as a fraction,
 * 12% is 0.12) or a {@link String} (text).
 * Where the column is in its sheet is in the sheet's origin ({@code origin().at(name)}).
 */
public record DataColumn(String name, DataType type, List<Object> values) {

    /** The value of one row as a number, or null (blank, or not a number column). */
    public Double number(int row) {
        return values.get(row) instanceof Double d ? d : null;
    }
}
