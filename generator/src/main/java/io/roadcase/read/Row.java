package io.roadcase.read;

import io.roadcase.model.Origin;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import io.roadcase.source.Cell;
import io.roadcase.source.SourceRow;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current data row of a sheet, seen through its table's declared columns. Each typed getter
 * parses one cell; a bad cell becomes one error at that cell and the getter returns null, so a
 * reader goes on and every problem of the row is reported.
 */
public final class Row {

    /** A parser of one cell. */
    @FunctionalInterface
    interface Parser<V> {
        V parse(Cell cell) throws BadCell;
    }

    private final Table<?> table;
    private final Header header;
    private final String file;
    private final String sheet;
    private final Map<String, String> originColumns;
    private final ReadContext context;
    private final CellTally tally;
    private int number;
    private SourceRow cells;
    private Origin origin;

    Row(Table<?> table, Header header, String file, String sheet, ReadContext context) {
        this(table, header, file, sheet, context, new CellTally(file, sheet));
    }

    /** A row that counts its problems in a tally shared with other rows of the sheet (a tool export's items). */
    Row(Table<?> table, Header header, String file, String sheet, ReadContext context, CellTally tally) {
        this.table = table;
        this.header = header;
        this.file = file;
        this.sheet = sheet;
        this.context = context;
        this.originColumns = header.columnsForOrigin(sheet != null);
        this.tally = tally;
    }

    /** The header this row is read through. */
    Header header() {
        return header;
    }

    /** Problems of this sheet counted once per column and kind, reported when the sheet ends. */
    CellTally tally() {
        return tally;
    }

    /** Moves to the next data row (the source may reuse the list after the reader returns). */
    void reset(int rowNumber, SourceRow rowCells) {
        this.number = rowNumber;
        this.cells = rowCells;
        this.origin = null;
    }

    /** The settings read before this table. */
    public Settings settings() {
        return context.settings();
    }

    /** The start of a funding case whose start cell is blank. */
    public LocalDate defaultCaseStart() {
        return context.defaultCaseStart();
    }

    /** The setting date_format, compiled, or null. */
    java.time.format.DateTimeFormatter dateFormat() {
        return context.dateFormat();
    }

    /** Where this row came from; shared columns map, so it is cheap. */
    public Origin origin() {
        if (origin == null) {
            origin = new Origin(file, sheet, number, originColumns);
        }
        return origin;
    }

    /** The place of one cell of this row. */
    public Place place(Column column) {
        return origin().at(column.name());
    }

    /** Whether the header has this column. */
    public boolean has(Column column) {
        return header.index[table.position(column)] >= 0;
    }

    /** The raw cell of a column; blank when the column is absent or the row is short. */
    public Cell cell(Column column) {
        return cells.cell(header.index[table.position(column)]);
    }

    /** Reports an error at a cell of this row, prefixed with the column's header. */
    public void error(Column column, String message) {
        context.problems().add(Problem.error(place(column), label(column) + ": " + message));
    }

    /** Reports a warning at a cell of this row, prefixed with the column's header. */
    public void warning(Column column, String message) {
        context.problems().add(Problem.warning(place(column), label(column) + ": " + message));
    }

    /** {@code column "Due"}: the header as the user wrote it. */
    String label(Column column) {
        return "column " + FoundText.quoted(header.label(table.position(column)));
    }

    /** Parses one cell; blank gives null, and an error when the column is required. */
    <V> V parse(Column column, Parser<V> parser) {
        Cell cell = cell(column);
        if (cell.isBlank()) {
            if (column.required()) {
                error(column, "a value is required (" + column.type().word() + "), found nothing");
            }
            return null;
        }
        if (cell.kind() == Cell.Kind.FORMULA) {
            // The sink reported every formula cell of the row, once per column.
            return null;
        }
        try {
            return parser.parse(cell);
        } catch (BadCell e) {
            error(column, e.getMessage());
            return null;
        }
    }

    public String text(Column column) {
        return parse(column, TextCells::text);
    }

    public String markdown(Column column) {
        return parse(column, TextCells::markdown);
    }

    public String id(Column column) {
        return parse(column, TextCells::id);
    }

    /** An id, or {@code *} for every one. */
    public String idOrAll(Column column) {
        return parse(column, cell -> "*".equals(cell.text().strip()) ? "*" : TextCells.id(cell));
    }

    /** A list of ids (never null); {@code *} is kept when the column accepts it. */
    public List<String> ids(Column column) {
        List<String> ids = parse(column, cell -> TextCells.ids(cell, column.type() == ColumnType.IDS_OR_ALL));
        return ids == null ? List.of() : ids;
    }

    public Double number(Column column) {
        return parse(column, NumberCells::number);
    }

    public Double percent(Column column) {
        return parse(column, NumberCells::percent);
    }

    public Integer whole(Column column) {
        return parse(column, cell -> NumberCells.whole(cell, "a whole number"));
    }

    /** A date; a period is its first or last day as the column's type says. */
    public LocalDate date(Column column) {
        DateCells.Role role = column.type() == ColumnType.END_DATE ? DateCells.Role.END : DateCells.Role.START;
        return parse(column, cell -> DateCells.date(cell, role, context.dateFormat()));
    }

    /** Blank is false. */
    public boolean bool(Column column) {
        Boolean value = parse(column, TextCells::bool);
        return value != null && value;
    }

    public String url(Column column) {
        return parse(column, TextCells::url);
    }

    /**
     * One of the column's words, or for a {@code status} column a word the setting {@code status_map}
     * maps to one. An unknown word is reported once per sheet, with its count and first cells.
     */
    @SuppressWarnings("unchecked")
    public <V> V word(Column column) {
        Vocabulary<V> words = (Vocabulary<V>) column.words();
        Cell cell = cell(column);
        if (cell.isBlank() || cell.kind() == Cell.Kind.FORMULA || cell.kind() == Cell.Kind.ERROR) {
            return parse(column, words::parse);
        }
        String text = cell.text().strip();
        V value = words.find(text);
        if (value != null) {
            return value;
        }
        boolean status = StatusMap.appliesTo(column);
        String target = status ? context.statusMap().target(text) : null;
        if (target != null) {
            value = words.find(target);
            if (value != null) {
                return value;
            }
            tallied(column, "mapped " + LooseNames.key(text), where -> label(column) + ": the setting status_map maps "
                    + FoundText.quoted(text) + " to " + FoundText.quoted(target) + ", which is not a status of the "
                    + table.name() + " table" + where + ": map it to one of " + words.accepted());
            return null;
        }
        String what = column.name().replace('_', ' ');
        tallied(column, "word " + LooseNames.key(text), where -> label(column) + ": " + what + " " + FoundText.quoted(text)
                + " is not a known " + what + where + ": use one of " + words.accepted()
                + (status ? ", or map it to one of them with the setting status_map (" + oneLine(text) + "=…)" : ""));
        return null;
    }

    /** Counts a problem of this row's cell in the sheet's tally: one problem per key, with count and cells. */
    private void tallied(Column column, String key, java.util.function.Function<String, String> message) {
        int position = table.position(column);
        tally.add(position + " " + key, Problem.Level.ERROR, number, header.index[position], header.label(position),
                message);
    }

    /** A word from a cell, on one line, for an example in a message. */
    private static String oneLine(String text) {
        String quoted = FoundText.quoted(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    /**
     * A word column's parser: a word the parser rejects is counted once per distinct word (as
     * {@link #word}), anything else reported at its cell.
     */
    private <V> V wordOrValue(Column column, Parser<V> parser) {
        Cell cell = cell(column);
        if (cell.kind() != Cell.Kind.TEXT || cell.isBlank()) {
            return parse(column, parser);
        }
        try {
            return parser.parse(cell);
        } catch (BadCell e) {
            String message = e.getMessage();
            tallied(column, "word " + LooseNames.key(cell.text()), where -> label(column) + ": " + message + where);
            return null;
        }
    }

    /** A number, or one of the column's words that stands for a number ({@code high} = 1.0). */
    public Double numberOrWord(Column column, boolean percent) {
        @SuppressWarnings("unchecked")
        Vocabulary<Double> words = (Vocabulary<Double>) column.words();
        return wordOrValue(column, cell -> {
            Double named = words.find(cell.text());
            if (named != null) {
                return named;
            }
            try {
                return percent ? NumberCells.percent(cell) : NumberCells.number(cell);
            } catch (BadCell e) {
                throw FoundText.expected((percent ? NumberCells.PERCENT : NumberCells.NUMBER) + ", or one of "
                        + words.accepted(), cell);
            }
        });
    }

    /** A whole number 1–5, or one of the column's words ({@code very low} 1 … {@code very high} 5). */
    public Integer scale(Column column) {
        @SuppressWarnings("unchecked")
        Vocabulary<Integer> words = (Vocabulary<Integer>) column.words();
        return wordOrValue(column, cell -> {
            Integer named = words.find(cell.text());
            return named != null ? named : NumberCells.whole(cell, "a whole number 1–5 or one of " + words.accepted());
        });
    }

    /** Cells of the columns the table does not declare, keyed by header as written; blanks left out. */
    public Map<String, String> extra() {
        Map<String, String> extra = null;
        for (int i = 0; i < header.extraIndexes.size(); i++) {
            int index = header.extraIndexes.get(i);
            Cell cell = cells.cell(index);
            if (!cell.isBlank() && cell.kind() != Cell.Kind.ERROR && cell.kind() != Cell.Kind.FORMULA) {
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
                extra.putIfAbsent(header.extraNames.get(i), cell.text().strip());
            }
        }
        return extra == null ? Map.of() : java.util.Collections.unmodifiableMap(extra);
    }
}
