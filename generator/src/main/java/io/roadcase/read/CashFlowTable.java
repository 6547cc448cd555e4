package io.roadcase.read;

import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import io.roadcase.source.Cell;
import io.roadcase.source.RowSink;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/** The {@code cash_flows} table: one money line of a funding case per row. */
public final class CashFlowTable extends Table<CashFlow> {

    public static final Vocabulary<FlowType> TYPES = Vocabulary
            .of(FlowType.COST, "cost", "capex", "opex", "investment", "expense")
            .and(FlowType.BENEFIT, "benefit", "revenue", "saving", "savings", "income");

    public static final Column CASE = Column.of("case", ColumnType.ID).asRequired().notes("a funding case id");
    public static final Column PERIOD = Column.of("period", ColumnType.PERIOD).asRequired()
            .notes("long layout; a number is a period index from the case start; a date makes the case dated"
                    + " (XNPV/XIRR); one case cannot mix both");
    public static final Column TYPE = Column.of("type", ColumnType.ENUM).asRequired().words(TYPES);
    public static final Column CATEGORY = Column.of("category", ColumnType.TEXT)
            .notes("breakdown line, e.g. Licences; blank = the type word as written");
    public static final Column AMOUNT = Column.of("amount", ColumnType.NUMBER).asRequired()
            .notes("long layout; in the case currency; a negative cost is money coming back");
    public static final Column NOTE = Column.of("note", ColumnType.TEXT);

    static final String PERIOD_RULE = "a period index (a whole number 0, 1, 2…) or a date such as 2026-03-15";

    public CashFlowTable() {
        super("cash_flows", List.of("cash flows", "cashflows", "financials"),
                "Long layout: one money line per row, a cost or a benefit of a funding case in one period. Wide"
                        + " layout, chosen when there is neither a period nor an amount column: case, type and"
                        + " category (and note) columns, then one column per period (2026, FY2027, Q1 2026,"
                        + " 2026-03, Jan 2026, a date, or a period index 0, 1, Year 2), each non-blank cell one"
                        + " money line.",
                CASE, PERIOD, TYPE, CATEGORY, AMOUNT, NOTE);
    }

    @Override
    RowSink sink(String file, String sheet, ReadContext context, Consumer<? super CashFlow> out) {
        return new CashFlowSheet(this, file, sheet, context, out);
    }

    @Override
    String otherLayout() {
        return "; or, for the wide layout, case and type columns and one column per period (2026, Q1 2026,"
                + " Jan 2026, a date or a period index)";
    }

    /** A period: a whole number is an index, anything else must be a date (a period means its first day). */
    record Period(Integer index, LocalDate date) {
    }

    @Override
    protected CashFlow read(Row row) {
        String caseId = row.id(CASE);
        Period period = row.parse(PERIOD, cell -> period(cell, row.dateFormat()));
        FlowType type = row.word(TYPE);
        Double amount = row.number(AMOUNT);
        if (caseId == null || period == null || type == null || amount == null) {
            return null;
        }
        String category = row.text(CATEGORY);
        return new CashFlow(caseId, period.index(), period.date(), type,
                category == null ? row.text(TYPE) : category, amount, row.text(NOTE), row.origin());
    }

    /** A number below 1000 is a period index; anything else is a date (a period means its first day). */
    static Period period(Cell cell, DateTimeFormatter dateFormat) throws BadCell {
        Double value = null;
        if (cell.kind() == Cell.Kind.NUMBER) {
            value = cell.number();
        } else if (cell.kind() == Cell.Kind.TEXT) {
            value = NumberCells.parse(cell.text());
        }
        // Years (2026) and serial dates are large; period indexes are small.
        if (value != null && Math.abs(value) < 1000) {
            if (value != Math.rint(value)) {
                throw FoundText.expected(PERIOD_RULE, cell);
            }
            return new Period(value.intValue(), null);
        }
        try {
            return new Period(null, DateCells.date(cell, DateCells.Role.START, dateFormat));
        } catch (BadCell e) {
            throw FoundText.expected(PERIOD_RULE, cell);
        }
    }
}
