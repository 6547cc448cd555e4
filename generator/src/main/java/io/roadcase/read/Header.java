package io.roadcase.read;

import io.roadcase.model.Place;
import io.roadcase.source.Cell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A candidate header row matched against a table's declared columns (loosely, by name or alias). */
final class Header {

    /** Column index in the row of each declared column (by position), -1 when absent. */
    final int[] index;
    /** The header text as written for each declared column present, else null. */
    final String[] written;
    /** Columns the table does not declare: their indexes and header texts as written. */
    final List<Integer> extraIndexes = new ArrayList<>();
    final List<String> extraNames = new ArrayList<>();
    /** Every non-blank header text, in column order, for messages. */
    final List<String> found = new ArrayList<>();
    /** Every non-blank header text by column index, for messages about any cell. */
    private final Map<Integer, String> texts = new HashMap<>();
    /** Header texts that name an already matched column: (index, text). */
    final Map<Integer, String> repeated = new LinkedHashMap<>();
    private final Table<?> table;

    private Header(Table<?> table, List<Cell> cells) {
        this.table = table;
        List<Column> columns = table.columns();
        index = new int[columns.size()];
        written = new String[columns.size()];
        java.util.Arrays.fill(index, -1);
        Map<String, Integer> byKey = keys(table);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String text = cell.text().strip();
            found.add(text);
            texts.put(i, text);
            Integer position = byKey.get(LooseNames.key(text));
            if (position == null) {
                extraIndexes.add(i);
                extraNames.add(text);
            } else if (index[position] >= 0) {
                repeated.put(i, text);
            } else {
                index[position] = i;
                written[position] = text;
            }
        }
    }

    static Header match(Table<?> table, List<Cell> cells) {
        return new Header(table, cells);
    }

    /** The header text of a column by index, or null when that header cell is blank. */
    String textAt(int index) {
        return texts.get(index);
    }

    /** A header with no columns yet, for {@link #mapped}. */
    private Header(Table<?> table) {
        this.table = table;
        index = new int[table.columns().size()];
        written = new String[index.length];
        java.util.Arrays.fill(index, -1);
    }

    /**
     * A header whose columns a tool export's preset chose ({@link ExportSink}) rather than the header's
     * own names: each declared column at a given index with the export's header text, and the extra fields.
     */
    static Header mapped(Table<?> table, Map<Column, Integer> indexes, Map<Column, String> texts,
            List<Integer> extraIndexes, List<String> extraNames) {
        Header header = new Header(table);
        for (Map.Entry<Column, Integer> column : indexes.entrySet()) {
            int position = table.position(column.getKey());
            header.index[position] = column.getValue();
            header.written[position] = texts.get(column.getKey());
            header.found.add(texts.get(column.getKey()));
            header.texts.put(column.getValue(), texts.get(column.getKey()));
        }
        header.extraIndexes.addAll(extraIndexes);
        header.extraNames.addAll(extraNames);
        header.found.addAll(extraNames);
        for (int i = 0; i < extraIndexes.size(); i++) {
            header.texts.put(extraIndexes.get(i), extraNames.get(i));
        }
        return header;
    }

    /** Required columns this row lacks, in declaration order. */
    List<Column> missing() {
        List<Column> missing = new ArrayList<>();
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 && table.columns().get(i).required()) {
                missing.add(table.columns().get(i));
            }
        }
        return missing;
    }

    /** How many declared columns this row names, to pick the best candidate for a message. */
    int matched() {
        int n = 0;
        for (int i : index) {
            n += i >= 0 ? 1 : 0;
        }
        return n;
    }

    /** Field name to column letter (workbook) or header text (CSV): the one map every origin of the sheet shares. */
    Map<String, String> columnsForOrigin(boolean workbook) {
        Map<String, String> columns = new HashMap<>();
        for (int i = 0; i < index.length; i++) {
            if (index[i] >= 0) {
                columns.put(table.columns().get(i).name(), workbook ? letter(index[i]) : written[i]);
            }
        }
        for (int i = 0; i < extraIndexes.size(); i++) {
            columns.putIfAbsent(extraNames.get(i), workbook ? letter(extraIndexes.get(i)) : extraNames.get(i));
        }
        return Collections.unmodifiableMap(columns);
    }

    /** The label of a declared column in messages: its header as written, else its declared name. */
    String label(int position) {
        return written[position] != null ? written[position] : table.columns().get(position).name();
    }

    /** A column letter: 0 gives A, 26 gives AA. */
    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** The place of a whole sheet, or a whole CSV file. */
    static Place sheetPlace(String file, String sheet) {
        return sheet == null ? Place.file(file) : Place.cell(file, sheet, null);
    }

    /** The place of one cell of a given row. */
    static Place cellPlace(String file, String sheet, int row, int index, String header) {
        return sheet == null ? Place.csv(file, row, header) : Place.cell(file, sheet, letter(index) + row);
    }

    private static Map<String, Integer> keys(Table<?> table) {
        Map<String, Integer> keys = new HashMap<>();
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            for (String spelling : columns.get(i).spellings()) {
                keys.putIfAbsent(LooseNames.key(spelling), i);
            }
        }
        return keys;
    }
}
