package io.roadcase.read;

import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import io.roadcase.source.Cell;
import io.roadcase.source.RowSink;
import io.roadcase.source.SourceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Feeds hand-made rows straight to a table's sink, without files: {@code Feed.sheet(table, rows...)}. */
final class Feed {

    static final LocalDate CASE_START = LocalDate.of(2026, 1, 1);

    /** Records and problems of one fed sheet. */
    record Fed<T>(List<T> records, List<Problem> problems) {

        T only() {
            if (records.size() != 1) {
                throw new AssertionError("expected one record, got " + records + " with " + problems);
            }
            return records.get(0);
        }
    }

    private Feed() {
    }

    /** A workbook sheet {@code Sheet1} of {@code book.xlsx}, rows numbered from 1. */
    @SafeVarargs
    static <T> Fed<T> sheet(Table<T> table, List<Cell>... rows) {
        return feed(table, Settings.DEFAULTS, "book.xlsx", "Sheet1", rows);
    }

    /** A CSV file {@code data.csv}, rows numbered from 1. */
    @SafeVarargs
    static <T> Fed<T> csv(Table<T> table, List<Cell>... rows) {
        return feed(table, Settings.DEFAULTS, "data.csv", null, rows);
    }

    @SafeVarargs
    static <T> Fed<T> feed(Table<T> table, Settings settings, String file, String sheet, List<Cell>... rows) {
        List<Problem> problems = new ArrayList<>();
        List<T> records = new ArrayList<>();
        ReadContext context = new ReadContext(settings, SettingsTable.dateFormatter(settings), CASE_START, problems);
        RowSink sink = table.sink(file, sheet, context, records::add);
        for (int i = 0; i < rows.length; i++) {
            sink.row(i + 1, SourceRow.of(rows[i]));
        }
        sink.end();
        return new Fed<>(records, problems);
    }

    /** A row: Strings are text cells, numbers number cells, LocalDates date cells, null a blank. */
    static List<Cell> row(Object... values) {
        return Arrays.stream(values).map(Feed::cell).toList();
    }

    static Cell cell(Object value) {
        if (value == null) {
            return Cell.BLANK;
        }
        if (value instanceof Cell cell) {
            return cell;
        }
        if (value instanceof Number n) {
            return Cell.number(n.doubleValue(), TextCells.plainNumber(n.doubleValue()));
        }
        if (value instanceof LocalDate d) {
            return Cell.date(d.atStartOfDay(), 0, d.toString());
        }
        if (value instanceof Boolean b) {
            return new Cell(Cell.Kind.BOOLEAN, b ? "TRUE" : "FALSE", 0, null);
        }
        return Cell.text(value.toString());
    }

    /** A number cell showing a percent, as a spreadsheet formatted as percent gives it. */
    static Cell percentCell(double fraction) {
        return Cell.number(fraction, TextCells.plainNumber(fraction * 100) + "%");
    }
}
