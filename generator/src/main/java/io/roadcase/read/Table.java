package io.roadcase.read;

import io.roadcase.source.RowSink;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One input table: its name, aliases and columns, declared once, and how one row becomes a record.
 *
 * @param <T> the record one row gives
 */
public abstract class Table<T> {

    private final String name;
    private final List<String> aliases;
    private final String description;
    private final List<Column> columns;
    private final Map<Column, Integer> positions = new IdentityHashMap<>();

    protected Table(String name, List<String> aliases, String description, Column... columns) {
        this.name = name;
        this.aliases = aliases;
        this.description = description;
        this.columns = List.copyOf(Arrays.asList(columns));
        for (int i = 0; i < columns.length; i++) {
            positions.put(columns[i], i);
        }
    }

    /** The canonical name, e.g. {@code kpi_values}. */
    public String name() {
        return name;
    }

    /** Other sheet or file names that mean this table. */
    public List<String> aliases() {
        return aliases;
    }

    /** One paragraph for the docs. */
    public String description() {
        return description;
    }

    /** The declared columns in declaration order. */
    public List<Column> columns() {
        return columns;
    }

    /** The position of one of this table's columns in {@link #columns()}. */
    final int position(Column column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException("column " + column.name() + " is not declared by table " + name);
        }
        return position;
    }

    /** The table's other layout for the "no header row" error ({@code ; or …}), empty when it has one layout. */
    String otherLayout() {
        return "";
    }

    /** One data row as a record, or null when the row cannot make one (its problems are already reported). */
    protected abstract T read(Row row);

    /** The sink for one sheet or CSV file of this table. */
    RowSink sink(String file, String sheet, ReadContext context, Consumer<? super T> out) {
        return new TableSink<>(this, file, sheet, context, out);
    }
}
