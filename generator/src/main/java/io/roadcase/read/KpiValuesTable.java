package io.roadcase.read;

import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.Problem;
import io.roadcase.source.Cell;
import io.roadcase.source.RowSink;
import io.roadcase.source.SourceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            .notes("a target for that period only; in the wide layout, for every value of the row");
    public static final Column NOTE = Column.of("note", ColumnType.TEXT)
            .notes("long layout; an annotation shown on the chart");

    public KpiValuesTable() {
        super("kpi_values", List.of("kpi values", "measurements", "actuals"),
                "KPI measurements. Long layout: one value per row (kpi, date, value). Wide layout, chosen when"
                        + " there is no value column: the kpi column, an optional target column, then one column"
                        + " per date or period (2026-01, Jan 2026, 2026-Q1, a date cell, or a month such as Jan"
                        + " with the year in the row above or the setting kpi_year), each non-blank cell one"
                        + " value.",
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
        /** The nearest non-blank row above the header: it may give the year of month headers. */
        private List<Cell> above;
        private Header header;
        /** Formulas without a saved result, once per column; made when the header is found. */
        private CellTally tally;
        private long dataRows;
        private Map<String, String> columns;
        private int kpi;
        private int date;
        private int value;
        private int target;
        private int note;
        /** The value and target headers as written, for messages. */
        private String valueLabel;
        private String targetLabel;
        /**
         * The origin of the table's rows, shared by their observations with each row's number; made
         * when the header is found. Wide layout: each value column has its own (its cell is the value's).
         */
        private Origin rows;
        /** Wide layout: the date of each value column and its origin. */
        private final List<Integer> wideIndexes = new ArrayList<>();
        private final List<LocalDate> wideDates = new ArrayList<>();
        private final List<Origin> wideOrigins = new ArrayList<>();
        private final List<String> wideLabels = new ArrayList<>();
        /** One String per KPI id, shared by all its observations instead of one copy per row. */
        private final Map<String, String> ids = new HashMap<>();
        /**
         * One LocalDate per day: a million values share a few thousand days, and every value keeps
         * its date (a quarter less memory held, and less for the collector to copy). By day number from
         * the first day seen, within about 90 years either way: no hashing per row.
         */
        private LocalDate[] days;
        private long firstDay;
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
        public void row(int number, SourceRow cells) {
            if (TableSink.isBlank(cells)) {
                return;
            }
            sawAnything = true;
            if (started) {
                if (!TableSink.isComment(cells)) {
                    dataRows++;
                    UnsavedFormulas.scan(cells, number, header, tally, file);
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
            Header candidate = Header.match(table, cells.cells());
            if (candidate.index[table.position(KPI)] >= 0) {
                start(candidate, number, cells);
            } else {
                above = List.copyOf(cells.cells());
            }
        }

        @Override
        public void end() {
            if (started) {
                tally.report(context.problems());
                if (dataRows == 0) {
                    context.problems().add(Problem.warning(Header.sheetPlace(file, sheet),
                            "the kpi_values table has a header but no rows, so nothing is read from it"));
                }
                return;
            }
            if (!sawAnything) {
                context.problems().add(Problem.warning(Header.sheetPlace(file, sheet),
                        "the kpi_values table is empty; nothing read"));
                return;
            }
            context.problems().add(Problem.error(Header.sheetPlace(file, sheet), "the kpi_values table needs a"
                    + " header row (within the first " + TableSink.HEADER_ROWS + " rows) with a kpi column, then"
                    + " date and value columns (long layout) or one column per date (wide layout); none found"));
        }

        private void start(Header found, int number, SourceRow cells) {
            started = true;
            header = found;
            tally = new CellTally(file, sheet);
            columns = found.columnsForOrigin(sheet != null);
            rows = new Origin(file, sheet, 0, columns);
            kpi = found.index[table.position(KPI)];
            date = found.index[table.position(DATE)];
            value = found.index[table.position(VALUE)];
            target = found.index[table.position(TARGET)];
            note = found.index[table.position(NOTE)];
            valueLabel = label(VALUE);
            targetLabel = label(TARGET);
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

        /** Every header cell other than kpi and target must be a date or period: the date of that column's values. */
        private void wideHeader(int number, SourceRow cells) {
            Set<Integer> taken = new HashSet<>();
            taken.add(kpi);
            taken.add(target);
            PeriodColumns.Rules rules = new PeriodColumns.Rules("kpi_values (wide layout, no value column)",
                    context.dateFormat(), context.settings().fiscalYearStart(), context.settings().kpiYear(),
                    SettingsTable.KPI_YEAR.name(), false);
            PeriodColumns found = PeriodColumns.read(cells.cells(), above, taken, rules, file, sheet, number);
            context.problems().addAll(found.problems());
            for (PeriodColumns.Period period : found.periods()) {
                wideIndexes.add(period.index());
                wideDates.add(period.date());
                String column = sheet != null ? Header.letter(period.index()) : period.label();
                Map<String, String> origin = new HashMap<>();
                origin.put(KPI.name(), columns.get(KPI.name()));
                if (target >= 0) {
                    origin.put(TARGET.name(), columns.get(TARGET.name()));
                }
                origin.put(DATE.name(), column);
                origin.put(VALUE.name(), column);
                wideOrigins.add(new Origin(file, sheet, 0, Map.copyOf(origin)));
                wideLabels.add(period.label());
            }
        }

        private void longRow(int number, SourceRow cells) {
            if (cells.isBlank(value)) {
                return;
            }
            String id = kpiId(cells, number);
            LocalDate day = parseDate(cells, number);
            double amount = parseNumber(cells, value, VALUE, valueLabel, rows, number);
            double periodTarget = target < 0 ? Double.NaN
                    : parseNumber(cells, target, TARGET, targetLabel, rows, number);
            String text = null;
            if (!cells.isBlank(note) && cells.kind(note) != Cell.Kind.FORMULA) {
                try {
                    text = TextCells.text(cells.cell(note));
                } catch (BadCell e) {
                    error(number, NOTE, e.getMessage());
                }
            }
            if (id != null && day != null && !Double.isNaN(amount)) {
                out.accept(new Observation(id, day, amount, Double.isNaN(periodTarget) ? null : periodTarget, text,
                        rows, number));
            }
        }

        private void wideRow(int number, SourceRow cells) {
            String id = null;
            double rowTarget = Double.NaN;
            boolean idRead = false;
            for (int j = 0; j < wideIndexes.size(); j++) {
                int column = wideIndexes.get(j);
                if (cells.isBlank(column)) {
                    continue;
                }
                if (!idRead) {
                    id = kpiId(cells, number);
                    rowTarget = target < 0 ? Double.NaN
                            : parseNumber(cells, target, TARGET, targetLabel, rows, number);
                    idRead = true;
                }
                Origin origin = wideOrigins.get(j);
                double amount = parseNumber(cells, column, VALUE, wideLabels.get(j), origin, number);
                if (id != null && !Double.isNaN(amount)) {
                    out.accept(new Observation(id, wideDates.get(j), amount,
                            Double.isNaN(rowTarget) ? null : rowTarget, null, origin, number));
                }
            }
        }

        private String kpiId(SourceRow cells, int number) {
            if (cells.isBlank(kpi)) {
                error(number, KPI, "a KPI id is required, found nothing");
                return null;
            }
            if (cells.kind(kpi) == Cell.Kind.FORMULA) {
                return null;
            }
            if (lastKpiText != null && cells.kind(kpi) == Cell.Kind.TEXT && cells.textEquals(kpi, lastKpiText)) {
                return lastKpiId;
            }
            Cell cell = cells.cell(kpi);
            try {
                String id = TextCells.id(cell);
                String shared = ids.putIfAbsent(id, id);
                if (cell.kind() == Cell.Kind.TEXT) {
                    lastKpiText = cell.text();
                    lastKpiId = shared == null ? id : shared;
                }
                return shared == null ? id : shared;
            } catch (BadCell e) {
                error(number, KPI, e.getMessage());
                return null;
            }
        }

        private LocalDate parseDate(SourceRow cells, int number) {
            if (cells.isBlank(date)) {
                error(number, DATE, "a date is required, found nothing");
                return null;
            }
            if (cells.kind(date) == Cell.Kind.FORMULA) {
                return null;
            }
            try {
                return shared(DateCells.date(cells, date, DateCells.Role.START, context.dateFormat()));
            } catch (BadCell e) {
                error(number, DATE, e.getMessage());
                return null;
            }
        }

        private LocalDate shared(LocalDate day) {
            if (day == null) {
                return null;
            }
            if (days == null) {
                days = new LocalDate[1 << 16];
                firstDay = day.toEpochDay() - days.length / 2;
            }
            long at = day.toEpochDay() - firstDay;
            if (at < 0 || at >= days.length) {
                return day;
            }
            LocalDate seen = days[(int) at];
            if (seen == null) {
                days[(int) at] = day;
                return day;
            }
            return seen;
        }

        /** The number of a cell, NaN when it is blank or not a number (reported). */
        private double parseNumber(SourceRow cells, int index, Column column, String label, Origin table, int number) {
            if (cells.kind(index) == Cell.Kind.FORMULA) {
                // Reported once per column by the scan of the row: not a value, and never skipped silently.
                return Double.NaN;
            }
            try {
                return NumberCells.value(cells, index);
            } catch (BadCell e) {
                error(table, number, column, label, e.getMessage());
                return Double.NaN;
            }
        }

        private String label(Column column) {
            return header.label(table.position(column));
        }

        private void error(int number, Column column, String message) {
            error(rows, number, column, label(column), message);
        }

        private void error(Origin table, int number, Column column, String label, String message) {
            context.problems().add(Problem.error(table.atRow(number).at(column.name()),
                    "column " + FoundText.quoted(label) + ": " + message));
        }
    }
}
