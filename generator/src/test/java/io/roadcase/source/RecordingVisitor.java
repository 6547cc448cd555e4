package io.roadcase.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A visitor that keeps copies of the rows of the sheets it wants, for assertions. */
final class RecordingVisitor implements SheetVisitor {

    /** A row as it arrived, with its cells copied (the source reuses its list). */
    record Row(int number, List<Cell> cells) {
        String text(int column) {
            return column < cells.size() ? cells.get(column).text() : "";
        }

        Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.BLANK;
        }
    }

    /** Rows by sheet name; a CSV file's rows are under the empty name. */
    final Map<String, List<Row>> sheets = new LinkedHashMap<>();
    final List<String> offered = new ArrayList<>();
    final List<String> ended = new ArrayList<>();
    private final Predicate<String> wanted;

    RecordingVisitor(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    static RecordingVisitor readAll(Path file) throws SourceException {
        RecordingVisitor visitor = new RecordingVisitor(sheet -> true);
        Sources.read(file, file.getFileName().toString(), visitor);
        return visitor;
    }

    List<Row> rows(String sheet) {
        return sheets.get(sheet);
    }

    @Override
    public RowSink sheet(String file, String sheet) {
        String name = sheet == null ? "" : sheet;
        offered.add(name);
        if (!wanted.test(name)) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        sheets.put(name, rows);
        return new RowSink() {
            @Override
            public void row(int number, SourceRow cells) {
                rows.add(new Row(number, List.copyOf(cells.cells())));
            }

            @Override
            public void end() {
                ended.add(name);
            }
        };
    }
}
