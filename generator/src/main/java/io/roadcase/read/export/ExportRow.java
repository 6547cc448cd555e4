package io.roadcase.read.export;

import io.roadcase.source.Cell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One data row of a tool export, kept (copied) until the whole export is read, and read by field. */
public final class ExportRow {

    /**
     * A value and the column it came from, so a problem with it names the right cell.
     *
     * @param column the 0-based column of the (first) cell it came from
     * @param cell   the cell, or a text cell made from several cells or changed by the preset
     */
    public record Value(int column, Cell cell) {

        /** The text, trimmed. */
        public String text() {
            return cell.text().strip();
        }

        /** The same column with another text. */
        public Value as(String text) {
            return new Value(column, Cell.text(text));
        }
    }

    private final int number;
    private final List<Cell> cells;
    private final ExportHeader header;

    /** A row as read, its cells copied (a source reuses its own). */
    public ExportRow(int number, List<Cell> cells, ExportHeader header) {
        this.number = number;
        this.cells = cells;
        this.header = header;
    }

    /** The header the row is read with. */
    public ExportHeader header() {
        return header;
    }

    /** The sheet row or CSV line of the row. */
    public int number() {
        return number;
    }

    /** The cell of a column; blank beyond the row's end. */
    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    /** The first non-blank cell of the most preferred column group that has one, or null. */
    public Value first(Field field) {
        for (List<Integer> group : header.groups(field)) {
            for (int column : group) {
                if (!cell(column).isBlank()) {
                    return new Value(column, cell(column));
                }
            }
        }
        return null;
    }

    /** The trimmed text of {@link #first}, or null. */
    public String text(Field field) {
        Value value = first(field);
        return value == null ? null : value.text();
    }

    /** Every non-blank cell of the most preferred column group that has one, joined; or null. */
    public Value joined(Field field, String separator) {
        for (List<Integer> group : header.groups(field)) {
            Value joined = joined(group, separator);
            if (joined != null) {
                return joined;
            }
        }
        return null;
    }

    /** The items of the most preferred column group that has any: its cells split at {@code ,} {@code ;} or lines. */
    public List<String> items(Field field) {
        Value value = joined(field, "\n");
        return value == null ? List.of() : split(value.text());
    }

    /** The non-blank cells of a group of columns joined into one text cell at the first; null if all blank. */
    Value joined(List<Integer> group, String separator) {
        List<String> parts = new ArrayList<>();
        int first = -1;
        for (int column : group) {
            if (!cell(column).isBlank()) {
                if (first < 0) {
                    first = column;
                }
                parts.add(cell(column).text().strip());
            }
        }
        if (first < 0) {
            return null;
        }
        return parts.size() == 1 ? new Value(first, cell(first)) : new Value(first, Cell.text(String.join(separator, parts)));
    }

    /** Items separated by {@code ,} {@code ;} or line breaks, blanks dropped, each once. */
    static List<String> split(String text) {
        Set<String> items = new LinkedHashSet<>();
        for (String part : text.split("[,;\\r\\n]+")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return List.copyOf(items);
    }
}
