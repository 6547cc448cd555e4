package io.roadcase.read;

import io.roadcase.model.Problem;
import io.roadcase.source.Cell;
import io.roadcase.source.RowSink;
import io.roadcase.source.SourceRow;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads one sheet of a table: finds the header row (the first of the first 10 rows that has every
 * required column), then turns every data row into a record, skipping blank and {@code #} rows.
 */
class TableSink<T> implements RowSink {

    /** The header must be within this many rows from the top. */
    static final int HEADER_ROWS = 10;

    private final Table<T> table;
    private final String file;
    private final String sheet;
    private final ReadContext context;
    private final Consumer<? super T> out;
    private Row row;
    private Header best;
    private boolean gaveUp;
    private boolean sawAnything;
    private long dataRows;

    TableSink(Table<T> table, String file, String sheet, ReadContext context, Consumer<? super T> out) {
        this.table = table;
        this.file = file;
        this.sheet = sheet;
        this.context = context;
        this.out = out;
    }

    @Override
    public void row(int number, SourceRow cells) {
        if (isBlank(cells)) {
            return;
        }
        sawAnything = true;
        if (row != null) {
            if (!isComment(cells)) {
                dataRows++;
                UnsavedFormulas.scan(cells, number, row.header(), row.tally(), file);
                row.reset(number, cells);
                T record = table.read(row);
                if (record != null) {
                    out.accept(record);
                }
            }
            return;
        }
        if (gaveUp || number > HEADER_ROWS) {
            gaveUp = true;
            return;
        }
        Header candidate = Header.match(table, cells.cells());
        if (candidate.missing().isEmpty()) {
            header(candidate, number);
        } else if (best == null || candidate.matched() > best.matched()) {
            best = candidate;
        }
    }

    @Override
    public void end() {
        if (row != null) {
            row.tally().report(context.problems());
            if (dataRows == 0) {
                context.problems().add(Problem.warning(Header.sheetPlace(file, sheet), "the " + table.name()
                        + " table in " + where() + " has a header but no rows, so nothing is read from it"));
            }
            return;
        }
        if (!sawAnything) {
            context.problems().add(Problem.warning(Header.sheetPlace(file, sheet),
                    "the " + table.name() + " table in " + where() + " is empty; nothing read"));
            return;
        }
        List<Column> missing = best == null ? requiredColumns() : best.missing();
        String found = best == null || best.found.isEmpty() ? "none"
                : best.found.stream().map(FoundText::quoted).collect(Collectors.joining(", "));
        context.problems().add(Problem.error(Header.sheetPlace(file, sheet),
                "the " + table.name() + " table needs a header row (within the first " + HEADER_ROWS
                        + " rows) with its required columns "
                        + requiredColumns().stream().map(Column::name).collect(Collectors.joining(", "))
                        + "; missing " + missing.stream().map(Column::name).collect(Collectors.joining(", "))
                        + ", found columns " + found + table.otherLayout()));
    }

    /** A header was found: notes repeated columns and starts reading data rows. */
    protected void header(Header header, int number) {
        warnRepeated(header, file, sheet, number, context);
        nearMisses(header, number);
        row = new Row(table, header, file, sheet, context);
    }

    /** One warning per header cell that names a column already in the header. */
    static void warnRepeated(Header header, String file, String sheet, int number, ReadContext context) {
        for (Map.Entry<Integer, String> repeated : header.repeated.entrySet()) {
            context.problems().add(Problem.warning(
                    Header.cellPlace(file, sheet, number, repeated.getKey(), repeated.getValue()),
                    "column " + FoundText.quoted(repeated.getValue()) + " repeats a column already in the header; "
                            + "only the first is read"));
        }
    }

    /**
     * Warns for every header that is no column of the table but looks like one ({@code strt} and
     * {@code start}): its cells would otherwise go unnoticed into the extra fields.
     */
    private void nearMisses(Header header, int number) {
        for (int i = 0; i < header.extraNames.size(); i++) {
            String written = header.extraNames.get(i);
            Column like = null;
            int nearest = Integer.MAX_VALUE;
            for (int position = 0; position < table.columns().size(); position++) {
                Column column = table.columns().get(position);
                for (String spelling : column.spellings()) {
                    int limit = LooseNames.closeness(spelling);
                    int distance = LooseNames.distance(written, spelling, limit);
                    if (header.index[position] < 0 && distance <= limit && distance < nearest) {
                        like = column;
                        nearest = distance;
                    }
                }
            }
            if (like != null) {
                context.problems().add(Problem.warning(
                        Header.cellPlace(file, sheet, number, header.extraIndexes.get(i), written),
                        "column " + FoundText.quoted(written) + " looks like " + FoundText.quoted(like.name()) + " but is not"
                                + " read as it: rename it " + like.name() + " (or one of its other names in"
                                + " docs/input.md); until then it is kept only as extra text"));
            }
        }
    }

    /** {@code roadmap.csv}, or {@code sheet Roadmap of plan.xlsx}. */
    private String where() {
        return sheet == null ? file : "sheet " + sheet + " of " + file;
    }

    private List<Column> requiredColumns() {
        return table.columns().stream().filter(Column::required).toList();
    }

    static boolean isBlank(SourceRow cells) {
        for (int column = 0; column < cells.size(); column++) {
            if (!cells.isBlank(column)) {
                return false;
            }
        }
        return true;
    }

    /** A row whose first non-blank cell starts with {@code #}. */
    static boolean isComment(SourceRow cells) {
        for (int column = 0; column < cells.size(); column++) {
            if (!cells.isBlank(column)) {
                return cells.kind(column) == Cell.Kind.TEXT && startsWithHash(cells.text(column));
            }
        }
        return false;
    }

    /** {@code text.strip().startsWith("#")}, without copying the text. */
    private static boolean startsWithHash(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                // A surrogate is never whitespace, so it ends the leading blanks as strip() would.
                return c == '#';
            }
        }
        return false;
    }
}
