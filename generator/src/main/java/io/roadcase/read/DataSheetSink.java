package io.roadcase.read;

import io.roadcase.model.DataColumn;
import io.roadcase.model.DataSheet;
import io.roadcase.model.DataType;
import io.roadcase.model.Origin;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.source.Cell;
import io.roadcase.source.RowSink;
import io.roadcase.source.SourceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a data sheet ({@code data <name>}): the first row with two or more filled cells is the header
 * (a title or note above it fills one), every later row that is not blank or a {@code #} comment is data. Each column takes the type most of its cells have (date, number,
 * percent, else text); in a date, number or percent column every cell of another kind is an error at
 * that cell, so a chart never draws a value the user did not mean. A text column takes any cell.
 */
final class DataSheetSink implements RowSink {

    /** Problems about one column's cells beyond this many are summed up in one more. */
    static final int PROBLEMS_PER_COLUMN = 5;

    private final String file;
    private final String sheet;
    private final String name;
    private final ReadContext context;
    private final Consumer<DataSheet> out;
    private int headerRow;
    private final List<String> headers = new ArrayList<>();
    private final List<Integer> indexes = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    /** The cells of every row, by column in header order. */
    private final List<List<Cell>> cells = new ArrayList<>();

    DataSheetSink(String file, String sheet, String name, ReadContext context, Consumer<DataSheet> out) {
        this.file = file;
        this.sheet = sheet;
        this.name = name;
        this.context = context;
        this.out = out;
    }

    /**
     * The name of the data sheet a sheet or file stem names ({@code Data Incidents} gives {@code Incidents}),
     * or null when it names none: {@code data} then a space, {@code -} or {@code _}, then a name.
     */
    static String nameOf(String sheetOrStem) {
        String key = LooseNames.key(sheetOrStem);
        if (!key.startsWith("data_")) {
            return null;
        }
        String rest = sheetOrStem.strip().substring(4).replaceFirst("^[\\s\\-_\\u00a0]+", "").strip();
        return rest.isEmpty() ? null : rest;
    }

    @Override
    public void row(int number, SourceRow row) {
        if (TableSink.isBlank(row) || TableSink.isComment(row)) {
            return;
        }
        if (headerRow == 0) {
            // A title or a note above the table fills one cell; the header names two columns or more.
            if (filled(row) >= 2) {
                header(number, row);
            }
            return;
        }
        rowNumbers.add(number);
        for (int i = 0; i < indexes.size(); i++) {
            int index = indexes.get(i);
            cells.get(i).add(index < row.size() ? row.cell(index) : Cell.BLANK);
        }
    }

    private static int filled(SourceRow row) {
        int n = 0;
        for (int i = 0; i < row.size(); i++) {
            if (!row.isBlank(i)) {
                n++;
            }
        }
        return n;
    }

    private void header(int number, SourceRow row) {
        headerRow = number;
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < row.size(); index++) {
            if (row.isBlank(index)) {
                continue;
            }
            String header = row.cell(index).text().strip();
            if (!seen.add(LooseNames.key(header))) {
                context.problems().add(Problem.warning(place(index, number, header), "column "
                        + FoundText.quoted(header) + " repeats a column already in the header; only the first is read"));
                continue;
            }
            headers.add(header);
            indexes.add(index);
            cells.add(new ArrayList<>());
        }
    }

    @Override
    public void end() {
        if (headerRow == 0) {
            context.problems().add(Problem.warning(Header.sheetPlace(file, sheet),
                    "the data sheet " + name + " has no header row (a row naming two columns or more); nothing read"));
            return;
        }
        if (rowNumbers.isEmpty()) {
            context.problems().add(Problem.warning(Header.sheetPlace(file, sheet),
                    "the data sheet " + name + " has a header but no rows, so a chart of it would be empty"));
        }
        List<DataColumn> columns = new ArrayList<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String at = sheet == null ? headers.get(i) : Header.letter(indexes.get(i));
            columns.add(column(headers.get(i), indexes.get(i), cells.get(i)));
            where.put(headers.get(i), at);
        }
        out.accept(new DataSheet(name, List.copyOf(columns), rowNumbers.size(),
                new Origin(file, sheet, headerRow, Map.copyOf(where))));
    }

    /** One column, typed by the kind most of its cells have; cells of another kind are reported and left blank. */
    private DataColumn column(String header, int index, List<Cell> column) {
        DataType[] kinds = new DataType[column.size()];
        Map<DataType, Integer> counts = new EnumMap<>(DataType.class);
        for (int row = 0; row < column.size(); row++) {
            kinds[row] = kind(column.get(row));
            if (kinds[row] != null) {
                counts.merge(kinds[row], 1, Integer::sum);
            }
        }
        DataType type = DataType.TEXT;
        int most = 0;
        for (Map.Entry<DataType, Integer> count : counts.entrySet()) {
            // Ties go to text, the type that takes every cell.
            if (count.getValue() > most || (count.getValue() == most && count.getKey() == DataType.TEXT)) {
                type = count.getKey();
                most = count.getValue();
            }
        }
        List<Object> values = new ArrayList<>(Arrays.asList(new Object[column.size()]));
        int reported = 0;
        for (int row = 0; row < column.size(); row++) {
            Cell cell = column.get(row);
            if (cell.isBlank()) {
                continue;
            }
            if (cell.kind() == Cell.Kind.ERROR || cell.kind() == Cell.Kind.FORMULA || kinds[row] != type
                    && type != DataType.TEXT) {
                if (reported++ < PROBLEMS_PER_COLUMN) {
                    context.problems().add(Problem.error(place(index, rowNumbers.get(row), header), "column "
                            + FoundText.quoted(header) + " of data sheet " + name + " holds " + plural(type)
                            + ", but this cell holds " + FoundText.describe(cell) + "; write " + example(type)
                            + " or leave it blank"));
                }
                continue;
            }
            values.set(row, value(cell, type));
        }
        if (reported > PROBLEMS_PER_COLUMN) {
            context.problems().add(Problem.error(place(index, headerRow, header), "column " + FoundText.quoted(header)
                    + " of data sheet " + name + " has " + (reported - PROBLEMS_PER_COLUMN)
                    + " more cells that are not " + plural(type) + " than the ones reported"));
        }
        return new DataColumn(header, type, java.util.Collections.unmodifiableList(values));
    }

    /** What a cell holds, or null when blank, an error or an unsaved formula. */
    private DataType kind(Cell cell) {
        switch (cell.kind()) {
            case DATE:
                return DataType.DATE;
            case NUMBER:
                return cell.text().indexOf('%') >= 0 ? DataType.PERCENT : DataType.NUMBER;
            case TEXT:
                String text = cell.text().strip();
                if (NumberCells.parse(text) != null) {
                    return text.indexOf('%') >= 0 ? DataType.PERCENT : DataType.NUMBER;
                }
                return asDate(cell) != null ? DataType.DATE : DataType.TEXT;
            case BOOLEAN:
                return DataType.TEXT;
            default:
                return null;
        }
    }

    private Object value(Cell cell, DataType type) {
        try {
            return switch (type) {
                case DATE -> asDate(cell);
                case NUMBER -> NumberCells.number(cell);
                case PERCENT -> NumberCells.percent(cell);
                case TEXT -> cell.text().strip();
            };
        } catch (BadCell e) {
            // kind() said it is one; cannot happen for cells it typed.
            throw new IllegalStateException(e);
        }
    }

    private LocalDate asDate(Cell cell) {
        try {
            return DateCells.date(cell, DateCells.Role.START, context.dateFormat());
        } catch (BadCell e) {
            return null;
        }
    }

    private Place place(int index, int row, String header) {
        return Header.cellPlace(file, sheet, row, index, header);
    }

    private static String plural(DataType type) {
        return switch (type) {
            case DATE -> "dates";
            case NUMBER -> "numbers";
            case PERCENT -> "percents";
            case TEXT -> "text";
        };
    }

    private static String example(DataType type) {
        String example = switch (type) {
            case DATE -> DateCells.DATE;
            case NUMBER -> NumberCells.NUMBER;
            case PERCENT -> NumberCells.PERCENT;
            case TEXT -> "text";
        };
        return example.toLowerCase(Locale.ROOT);
    }
}
