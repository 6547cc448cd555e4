package io.roadcase.read;

import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.Problem;
import io.roadcase.source.Cell;
import io.roadcase.source.RowSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code kpi_values} table, in its long layout (kpi, date, value per row) or its wide layout
 * (kpi, then one column per date). It may have a million rows, so each row becomes an observation
 * as it streams, with column indexes looked up once per sheet.
 */
public final class KpiValuesTable extends Table<Observation> {

    public static final Column KPI = Column.of("kpi", ColumnType.ID).asRequired().notes("a KPI id");
    public static final Column DATE = Column.of("date", ColumnType.START_DATE).asRequired()
            .notes("long layout; a period is dated on its first day");
    public static final Column VALUE = Column.of("value", ColumnType.NUMBER).asRequired()
            .notes("long layout; a blank value skips the row; for a % KPI a fraction (0.95)");
    public static final Column TARGET = Column.of("target", ColumnType.NUMBER)
            .notes("long layout; a target for that period only");
    public static final Column NOTE = Column.of("note", ColumnType.TEXT)
            .notes("long layout; an annotation shown on the chart");

    public KpiValuesTable() {
        super("kpi_values", List.of("kpi values", "measurements", "actuals"),
                "KPI measurements. Long layout: one value per row (kpi, date, value). Wide layout, chosen when"
                        + " there is no value column: the kpi column, then one column per date or period (2026-01,"
                        + " Jan 2026, 2026-Q1 or a date cell), each non-blank cell one value.",
                KPI, DATE, VALUE, TARGET, NOTE);
    }

    @Override
    protected Observation read(Row row) {
        throw new UnsupportedOperationException("kpi_values rows are read by their own sink");
    }

    @Override
    RowSink sink(String file, String sheet, ReadContext context, Consumer<? super Observation> out) {
        return new Sink(this, file, sheet, context, out);
    }

    /** Finds the header (the first row with a kpi column), then reads long or wide rows. */
    private static final class Sink implements RowSink {

        private final KpiValuesTable table;
        private final String file;
        private final String sheet;
        private final ReadContext context;
        private final Consumer<? super Observation> out;
        private boolean started;
        private boolean gaveUp;
        private boolean sawAnything;
        private Header header;
        private Map<String, String> columns;
        private int kpi;
        private int date;
        private int value;
        private int target;
        private int note;
        /** Wide layout: the date of each value column and its own origin columns map. */
        private final List<Integer> wideIndexes = new ArrayList<>();
        private final List<LocalDate> wideDates = new ArrayList<>();
        private final List<Map<String, String>> wideColumns = new ArrayList<>();
        private final List<String> wideLabels = new ArrayList<>();
        /** One String per KPI id, shared by all its observations instead of one copy per row. */
        private final Map<String, String> ids = new HashMap<>();
        /** The text of the last valid kpi cell and its id: a KPI's rows usually follow each other. */
        private String lastKpiText;
        private String lastKpiId;

        Sink(KpiValuesTable table, String file, String sheet, ReadContext context, Consumer<? super Observation> out) {
            this.table = table;
            this.file = file;
            this.sheet = sheet;
            this.context = context;
            this.out = out;
        }

        @Override
        public void row(int number, List<Cell> cells) {
            if (TableSink.isBlank(cells)) {
                return;
            }
            sawAnything = true;
            if (started) {
                if (!TableSink.isComment(cells)) {
                    if (value >= 0) {
                        longRow(number, cells);
                    } else {
                        wideRow(number, cells);
                    }
                }
                return;
            }
            if (gaveUp || number > TableSink.HEADER_ROWS) {
                gaveUp = true;
                return;
            }
            Header candidate = Header.match(table, cells);
            if (candidate.index[table.position(KPI)] >= 0) {
                start(candidate, number, cells);
            }
        }

        @Override
        public void end() {
            if (started || !sawAnything) {
                return;
            }
            context.problems().add(Problem.error(Header.sheetPlace(file, sheet), "the kpi_values table needs a"
                    + " header row (within the first " + TableSink.HEADER_ROWS + " rows) with a kpi column, then"
                    + " date and value columns (long layout) or one column per date (wide layout); none found"));
        }

        private void start(Header found, int number, List<Cell> cells) {
            started = true;
            header = found;
            columns = found.columnsForOrigin(sheet != null);
            kpi = found.index[table.position(KPI)];
            date = found.index[table.position(DATE)];
            value = found.index[table.position(VALUE)];
            target = found.index[table.position(TARGET)];
            note = found.index[table.position(NOTE)];
            if (value >= 0) {
                if (date < 0) {
                    context.problems().add(Problem.error(Header.sheetPlace(file, sheet), "the kpi_values table has"
                            + " a value column but no date column: the long layout needs kpi, date and value"));
                    // Read no rows: as a wide table without date columns.
                    value = -1;
                }
                return;
            }
            wideHeader(number, cells);
        }

        /** Every header cell other than kpi must be a date or period: the date of that column's values. */
        private void wideHeader(int number, List<Cell> cells) {
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (i == kpi || cell == null || cell.isBlank()) {
                    continue;
                }
                try {
                    LocalDate day = DateCells.date(cell, DateCells.Role.START, context.dateFormat());
                    wideIndexes.add(i);
                    wideDates.add(day);
                    String column = sheet != null ? Header.letter(i) : cell.text().strip();
                    wideColumns.add(Map.of(KPI.name(), columns.get(KPI.name()), DATE.name(), column,
                            VALUE.name(), column));
                    wideLabels.add(cell.text().strip());
                } catch (BadCell e) {
                    context.problems().add(Problem.warning(
                            Header.cellPlace(file, sheet, number, i, cell.text().strip()),
                            "kpi_values (wide layout, no value column): every column after kpi should be a date or"
                                    + " period; this column is ignored: " + e.getMessage()));
                }
            }
        }

        private void longRow(int number, List<Cell> cells) {
            Cell valueCell = cell(cells, value);
            if (valueCell.isBlank()) {
                return;
            }
            Origin origin = new Origin(file, sheet, number, columns);
            String id = kpiId(cells, origin);
            LocalDate day = parseDate(cell(cells, date), origin);
            Double amount = parseNumber(valueCell, VALUE, label(VALUE), origin);
            Double periodTarget = target < 0 ? null : parseNumber(cell(cells, target), TARGET, label(TARGET), origin);
            String text = null;
            if (note >= 0) {
                try {
                    text = TextCells.text(cell(cells, note));
                } catch (BadCell e) {
                    error(origin, NOTE, e.getMessage());
                }
            }
            if (id != null && day != null && amount != null) {
                out.accept(new Observation(id, day, amount, periodTarget, text, origin));
            }
        }

        private void wideRow(int number, List<Cell> cells) {
            Origin rowOrigin = new Origin(file, sheet, number, columns);
            String id = null;
            boolean idRead = false;
            for (int j = 0; j < wideIndexes.size(); j++) {
                Cell cell = cell(cells, wideIndexes.get(j));
                if (cell.isBlank()) {
                    continue;
                }
                if (!idRead) {
                    id = kpiId(cells, rowOrigin);
                    idRead = true;
                }
                Origin origin = new Origin(file, sheet, number, wideColumns.get(j));
                Double amount = parseNumber(cell, VALUE, wideLabels.get(j), origin);
                if (id != null && amount != null) {
                    out.accept(new Observation(id, wideDates.get(j), amount, null, null, origin));
                }
            }
        }

        private String kpiId(List<Cell> cells, Origin origin) {
            Cell cell = cell(cells, kpi);
            if (cell.isBlank()) {
                error(origin, KPI, "a KPI id is required, found nothing");
                return null;
            }
            if (cell.kind() == Cell.Kind.TEXT && cell.text().equals(lastKpiText)) {
                return lastKpiId;
            }
            try {
                String id = TextCells.id(cell);
                String shared = ids.putIfAbsent(id, id);
                if (cell.kind() == Cell.Kind.TEXT) {
                    lastKpiText = cell.text();
                    lastKpiId = shared == null ? id : shared;
                }
                return shared == null ? id : shared;
            } catch (BadCell e) {
                error(origin, KPI, e.getMessage());
                return null;
            }
        }

        private LocalDate parseDate(Cell cell, Origin origin) {
            if (cell.isBlank()) {
                error(origin, DATE, "a date is required, found nothing");
                return null;
            }
            try {
                return DateCells.date(cell, DateCells.Role.START, context.dateFormat());
            } catch (BadCell e) {
                error(origin, DATE, e.getMessage());
                return null;
            }
        }

        private Double parseNumber(Cell cell, Column column, String label, Origin origin) {
            try {
                return NumberCells.number(cell);
            } catch (BadCell e) {
                error(origin, column, label, e.getMessage());
                return null;
            }
        }

        private String label(Column column) {
            return header.label(table.position(column));
        }

        private void error(Origin origin, Column column, String message) {
            error(origin, column, label(column), message);
        }

        private void error(Origin origin, Column column, String label, String message) {
            context.problems().add(Problem.error(origin.at(column.name()),
                    "column " + Found.quoted(label) + ": " + message));
        }

        private static Cell cell(List<Cell> cells, int index) {
            if (index < 0 || index >= cells.size()) {
                return Cell.BLANK;
            }
            Cell cell = cells.get(index);
            return cell == null ? Cell.BLANK : cell;
        }
    }
}
