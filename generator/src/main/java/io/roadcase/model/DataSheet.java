package io.roadcase.model;

import java.util.List;

/**
 * A free table from a sheet or CSV file named {@code data <name>}: a header row, then rows, each column
 * typed by its cells. Charts read it by {@link #name()}.
 *
 * @param name   the name after {@code data}, as written ({@code incidents} for sheet {@code Data Incidents})
 * @param origin the header row, so problems about the sheet name its place
 */
public record DataSheet(String name, List<DataColumn> columns, int rows, Origin origin) {

    /** The column with this header (loosely: case, spaces, {@code -} and {@code _} alike), or null. */
    public DataColumn column(String header, java.util.function.UnaryOperator<String> key) {
        String wanted = key.apply(header);
        return columns.stream().filter(c -> key.apply(c.name()).equals(wanted)).findFirst().orElse(null);
    }
}
