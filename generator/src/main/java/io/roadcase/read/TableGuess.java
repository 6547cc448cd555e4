package io.roadcase.read;

import io.roadcase.source.Cell;
import io.roadcase.source.RowSink;
import io.roadcase.source.SourceRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the top of a sheet or CSV file whose name is no table's, and guesses which table it was meant
 * to be: by the columns its header shares with each table, and by its name. A file called
 * {@code roadmap-2026.csv} with {@code title, start_date, end_date} is a roadmap under another name.
 */
final class TableGuess implements RowSink {

    /** The guess: the table, the headers it recognised (as written) and the required columns still missing. */
    record Guess(Table<?> table, List<String> has, List<Column> missing, boolean byName) {
    }

    private final String name;
    private final List<List<Cell>> top = new ArrayList<>();
    private boolean more = true;

    /** @param name the sheet name, or a CSV file's stem */
    TableGuess(String name) {
        this.name = name;
    }

    @Override
    public void row(int number, SourceRow cells) {
        if (number > TableSink.HEADER_ROWS) {
            more = false;
            return;
        }
        if (!TableSink.isBlank(cells)) {
            top.add(List.copyOf(cells.cells()));
        }
    }

    @Override
    public boolean wantsMore() {
        return more;
    }

    /**
     * The likeliest table, or null: a header with three of a table's columns, or two and every required
     * one, or a name like the table's with at least one of its columns (or none: then it says so).
     */
    Guess guess() {
        Guess best = null;
        int bestScore = 0;
        for (Table<?> table : Tables.ALL) {
            boolean byName = nameLike(table);
            Header header = null;
            for (List<Cell> row : top) {
                Header candidate = Header.match(table, row);
                if (header == null || candidate.matched() > header.matched()) {
                    header = candidate;
                }
            }
            int matched = header == null ? 0 : header.matched();
            List<Column> missing = header == null ? required(table) : header.missing();
            boolean likely = matched >= 3 || (matched >= 2 && missing.isEmpty()) || byName;
            int score = matched + (byName ? 2 : 0);
            if (likely && score > bestScore) {
                bestScore = score;
                best = new Guess(table, header == null ? List.of() : written(header), missing, byName);
            }
        }
        return best;
    }

    /** Whether the name holds a table's name or alias ({@code Roadmap 2026}), or is a near miss of one. */
    private boolean nameLike(Table<?> table) {
        String key = LooseNames.key(name);
        for (String spelling : spellings(table)) {
            String other = LooseNames.key(spelling);
            if (other.length() >= 4 && key.contains(other)
                    || LooseNames.distance(name, spelling, LooseNames.closeness(spelling)) <= LooseNames.closeness(spelling)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> spellings(Table<?> table) {
        List<String> spellings = new ArrayList<>(table.aliases());
        spellings.add(0, table.name());
        return spellings;
    }

    private static List<String> written(Header header) {
        List<String> written = new ArrayList<>();
        for (String text : header.written) {
            if (text != null) {
                written.add(text);
            }
        }
        return written;
    }

    private static List<Column> required(Table<?> table) {
        return table.columns().stream().filter(Column::required).toList();
    }
}
