package io.roadcase.read;

import io.roadcase.model.Initiative;
import io.roadcase.model.Problem;
import io.roadcase.read.export.ExportHeader;
import io.roadcase.read.export.ExportRow;
import io.roadcase.read.export.RoadmapItems;
import io.roadcase.read.export.ToolExports;
import io.roadcase.source.Cell;
import io.roadcase.source.RowSink;
import io.roadcase.source.SourceRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a sheet or CSV file as a tool export (Jira, Linear, GitHub Projects, Azure DevOps, Asana) when
 * its header row is one, whatever the file or sheet is named: its rows become roadmap items
 * ({@link RoadmapItems}), read through the roadmap table's own columns so every cell is checked and
 * placed as in a roadmap sheet. Any other sheet's rows go on, untouched, to the sink its name chose.
 */
final class ExportSink implements RowSink {

    private final String file;
    private final String sheet;
    private final ReadContext context;
    private final Consumer<? super Initiative> out;
    private final List<String> issueTypes;
    private final RowSink byName;
    private final RowSink other;
    private final Runnable recognised;
    /** Set once the header row was found to be neither an export nor (for an unnamed sheet) anything. */
    private RowSink rest;
    private ToolExports.Recognised export;
    private final List<ExportRow> rows = new ArrayList<>();
    private int seen;

    /**
     * @param issueTypes the setting {@code issue_types}, or null
     * @param byName     the sink for the table the sheet's name chose, or null when it names none
     * @param other      the sink for a sheet that names no table and is no export (it tells what the
     *                   sheet looks like), or null when byName is set
     * @param recognised told when the header is a tool export's
     */
    ExportSink(String file, String sheet, ReadContext context, Consumer<? super Initiative> out,
            List<String> issueTypes, RowSink byName, RowSink other, Runnable recognised) {
        this.file = file;
        this.sheet = sheet;
        this.context = context;
        this.out = out;
        this.issueTypes = issueTypes;
        this.byName = byName;
        this.other = other;
        this.recognised = recognised;
    }

    /** The setting {@code issue_types} from the settings rows: type names separated by commas; null when unset. */
    static List<String> issueTypes(List<SettingsTable.Entry> settings) {
        for (SettingsTable.Entry entry : settings) {
            if (LooseNames.key(entry.key()).equals(SettingsTable.ISSUE_TYPES.name()) && !entry.value().isBlank()) {
                return List.of(entry.value().text().split("\\s*[,;\\n]\\s*")).stream().map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
            }
        }
        return null;
    }

    @Override
    public void row(int number, SourceRow cells) {
        if (rest != null) {
            rest.row(number, cells);
            return;
        }
        if (TableSink.isBlank(cells)) {
            return;
        }
        if (export != null) {
            // Copied: the source reuses its row. Exports are small (Jira exports 1,000 rows at a time).
            rows.add(new ExportRow(number, List.copyOf(cells.cells()), export.header()));
            return;
        }
        seen++;
        List<String> texts = new ArrayList<>(cells.size());
        for (Cell cell : cells.cells()) {
            texts.add(cell.isBlank() ? null : cell.text().strip());
        }
        export = ToolExports.recognise(texts, byName != null);
        if (export != null) {
            recognised.run();
            return;
        }
        // A table's sink finds its own header; an unnamed sheet may have a title above an export's header.
        if (byName != null) {
            rest = byName;
            rest.row(number, cells);
        } else {
            other.row(number, cells);
            if (seen >= TableSink.HEADER_ROWS) {
                rest = other;
            }
        }
    }

    @Override
    public void end() {
        if (export != null) {
            readItems();
        } else if (byName != null) {
            byName.end();
        } else {
            other.end();
        }
    }

    private void readItems() {
        RoadmapItems.Outcome outcome = RoadmapItems.read(export.preset(), export.header(), rows, issueTypes,
                context.dateFormat() != null);
        context.problems().add(outcome.warning()
                ? Problem.warning(Header.sheetPlace(file, sheet), outcome.message())
                : Problem.info(Header.sheetPlace(file, sheet), outcome.message()));
        CellTally tally = new CellTally(file, sheet);
        for (RoadmapItems.Item item : outcome.items()) {
            Initiative initiative = Tables.ROADMAP.read(row(item, export.header(), tally));
            if (initiative != null) {
                out.accept(initiative);
            }
        }
        tally.report(context.problems());
    }

    /**
     * One item as a roadmap row: each value in the cell of the column it came from, so places name the
     * export's own cell and header; a second value from the same column (the status word kept as an extra
     * field beside the status it gave) goes after the last column.
     */
    private Row row(RoadmapItems.Item item, ExportHeader header, CellTally tally) {
        List<Cell> cells = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        int[] spare = {Math.max(header.width(), item.headers().keySet().stream().mapToInt(i -> i + 1).max().orElse(0))};
        Map<Column, Integer> indexes = new HashMap<>();
        Map<Column, String> texts = new HashMap<>();
        for (Map.Entry<Column, ExportRow.Value> value : item.columns().entrySet()) {
            int column = value.getValue().column();
            String text = item.headers().containsKey(column) ? item.headers().get(column) : header.text(column);
            int slot = place(cells, taken, column, spare, value.getValue().cell());
            indexes.put(value.getKey(), slot);
            texts.put(value.getKey(), text);
        }
        List<Integer> extraIndexes = new ArrayList<>();
        List<String> extraNames = new ArrayList<>();
        for (RoadmapItems.Extra extra : item.extras()) {
            extraIndexes.add(place(cells, taken, extra.column(), spare, Cell.text(extra.text())));
            extraNames.add(extra.header());
        }
        Row row = new Row(Tables.ROADMAP, Header.mapped(Tables.ROADMAP, indexes, texts, extraIndexes, extraNames),
                file, sheet, context, tally);
        row.reset(item.row(), SourceRow.of(cells));
        return row;
    }

    private static int place(List<Cell> cells, Set<Integer> taken, int column, int[] spare, Cell cell) {
        int slot = taken.add(column) ? column : spare[0]++;
        taken.add(slot);
        while (cells.size() <= slot) {
            cells.add(null);
        }
        cells.set(slot, cell);
        return slot;
    }
}
