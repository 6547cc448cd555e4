package io.roadcase.read;

import static io.roadcase.read.CashFlowTable.AMOUNT;
import static io.roadcase.read.CashFlowTable.CASE;
import static io.roadcase.read.CashFlowTable.CATEGORY;
import static io.roadcase.read.CashFlowTable.NOTE;
import static io.roadcase.read.CashFlowTable.PERIOD;
import static io.roadcase.read.CashFlowTable.TYPE;

import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import io.roadcase.model.Origin;
import io.roadcase.model.Problem;
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
 * One sheet of {@code cash_flows}, in the long layout (read as every table is) or the wide layout a
 * finance workbook uses: a header with case and type but neither period nor amount, and one column
 * per period; each row a cost or benefit line, each non-blank cell one {@link CashFlow}.
 */
final class CashFlowSheet implements RowSink {

    private final CashFlowTable table;
    private final String file;
    private final String sheet;
    private final ReadContext context;
    private final Consumer<? super CashFlow> out;
    /** Reads the long layout; it sees every row until a wide header is found. */
    private final TableSink<CashFlow> longLayout;
    private boolean decided;
    private List<Cell> above;
    /** Wide layout: the header's row reader, period columns and the origin columns map of each. */
    private Row row;
    private List<PeriodColumns.Period> periods;
    private final List<Map<String, String>> periodColumns = new ArrayList<>();

    CashFlowSheet(CashFlowTable table, String file, String sheet, ReadContext context, Consumer<? super CashFlow> out) {
        this.table = table;
        this.file = file;
        this.sheet = sheet;
        this.context = context;
        this.out = out;
        this.longLayout = new TableSink<>(table, file, sheet, context, out);
    }

    @Override
    public void row(int number, SourceRow cells) {
        if (row != null) {
            if (!TableSink.isBlank(cells) && !TableSink.isComment(cells)) {
                wideRow(number, cells);
            }
            return;
        }
        if (!decided && number <= TableSink.HEADER_ROWS && !TableSink.isBlank(cells)) {
            Header candidate = Header.match(table, cells.cells());
            if (candidate.missing().isEmpty()) {
                // The long layout's header: the long reader takes it from here.
                decided = true;
            } else if (wideHeader(candidate, number, cells)) {
                return;
            } else {
                above = List.copyOf(cells.cells());
            }
        }
        longLayout.row(number, cells);
    }

    @Override
    public void end() {
        if (row == null) {
            longLayout.end();
        } else {
            row.tally().report(context.problems());
        }
    }

    /** Starts the wide layout when the row is its header: case and type, no period or amount, some periods. */
    private boolean wideHeader(Header header, int number, SourceRow cells) {
        int caseIndex = header.index[table.position(CASE)];
        int typeIndex = header.index[table.position(TYPE)];
        if (caseIndex < 0 || typeIndex < 0 || header.index[table.position(PERIOD)] >= 0
                || header.index[table.position(AMOUNT)] >= 0) {
            return false;
        }
        Set<Integer> taken = new HashSet<>();
        for (int index : header.index) {
            taken.add(index);
        }
        PeriodColumns.Rules rules = new PeriodColumns.Rules("cash_flows (wide layout)", context.dateFormat(),
                context.settings().fiscalYearStart(), null, null, true);
        PeriodColumns found = PeriodColumns.read(cells.cells(), above, taken, rules, file, sheet, number);
        if (found.periods().isEmpty()) {
            return false;
        }
        decided = true;
        context.problems().addAll(found.problems());
        TableSink.warnRepeated(header, file, sheet, number, context);
        row = new Row(table, header, file, sheet, context);
        periods = found.periods();
        Map<String, String> base = header.columnsForOrigin(sheet != null);
        for (PeriodColumns.Period period : periods) {
            Map<String, String> columns = new HashMap<>(base);
            String column = sheet != null ? Header.letter(period.index()) : period.label();
            columns.put(PERIOD.name(), column);
            columns.put(AMOUNT.name(), column);
            periodColumns.add(Map.copyOf(columns));
        }
        return true;
    }

    /** One cost or benefit line: one cash flow per non-blank period cell. */
    private void wideRow(int number, SourceRow cells) {
        if (periods.stream().allMatch(p -> cells.isBlank(p.index()))) {
            return;
        }
        row.reset(number, cells);
        String total = totalLabel();
        if (total != null) {
            context.problems().add(Problem.info(row.origin().rowPlace(), "cash_flows (wide layout): the row "
                    + FoundText.quoted(total) + " is a total, so it is skipped: Roadcase adds up the lines itself"));
            return;
        }
        String caseId = row.id(CASE);
        FlowType type = row.word(TYPE);
        String category = row.text(CATEGORY);
        String note = row.text(NOTE);
        if (category == null) {
            category = row.text(TYPE);
        }
        for (int j = 0; j < periods.size(); j++) {
            PeriodColumns.Period period = periods.get(j);
            Cell cell = cells.cell(period.index());
            if (cell.isBlank()) {
                continue;
            }
            Origin origin = new Origin(file, sheet, number, periodColumns.get(j));
            Double amount;
            try {
                amount = NumberCells.number(cell);
            } catch (BadCell e) {
                context.problems().add(Problem.error(origin.at(AMOUNT.name()),
                        "column " + FoundText.quoted(period.label()) + ": " + e.getMessage()));
                continue;
            }
            if (caseId != null && type != null) {
                out.accept(new CashFlow(caseId, period.number(), period.date(), type, category, amount, note,
                        origin));
            }
        }
    }

    /** The case, type or category text of a total line ({@code Total costs}), else null. */
    private String totalLabel() {
        for (Column column : List.of(CATEGORY, TYPE, CASE)) {
            Cell cell = row.cell(column);
            if (cell.kind() == Cell.Kind.TEXT && PeriodColumns.isSummary(cell.text())) {
                return cell.text().strip();
            }
        }
        return null;
    }
}
