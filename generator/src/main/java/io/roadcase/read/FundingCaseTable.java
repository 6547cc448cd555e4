package io.roadcase.read;

import io.roadcase.model.CaseStatus;
import io.roadcase.model.FundingCase;
import io.roadcase.model.FundingCase.Share;
import io.roadcase.model.Periodicity;
import io.roadcase.source.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code funding_cases} table: one business case per row, with settings defaults applied. */
public final class FundingCaseTable extends Table<FundingCase> {

    public static final Vocabulary<CaseStatus> STATUSES = Vocabulary
            .of(CaseStatus.DRAFT, "draft", "new", "idea", "in preparation")
            .and(CaseStatus.PROPOSED, "proposed", "submitted", "pending", "in review", "under review",
                    "pending approval", "awaiting approval", "awaiting decision", "open")
            .and(CaseStatus.APPROVED, "approved", "accepted", "agreed")
            .and(CaseStatus.REJECTED, "rejected", "declined", "not approved", "denied", "withdrawn", "cancelled",
                    "canceled")
            .and(CaseStatus.FUNDED, "funded", "budgeted", "financed", "in delivery");
    public static final Vocabulary<Periodicity> PERIODICITIES = Vocabulary
            .of(Periodicity.YEAR, "year", "annual", "yearly")
            .and(Periodicity.QUARTER, "quarter", "quarterly").and(Periodicity.MONTH, "month", "monthly");

    public static final Column ID = Column.of("id", ColumnType.ID).asRequired();
    public static final Column TITLE = Column.of("title", ColumnType.TEXT).asRequired().aliases("name", "project");
    public static final Column SPONSOR = Column.of("sponsor", ColumnType.TEXT);
    public static final Column OWNER = Column.of("owner", ColumnType.TEXT);
    public static final Column STATUS = Column.of("status", ColumnType.ENUM).words(STATUSES).notes("blank = proposed");
    public static final Column ASK = Column.of("ask", ColumnType.NUMBER)
            .notes("the amount requested; blank = total base-scenario costs");
    public static final Column CURRENCY = Column.of("currency", ColumnType.TEXT)
            .notes("ISO 4217 code such as USD or EUR; blank = setting currency");
    public static final Column DISCOUNT_RATE = Column.of("discount_rate", ColumnType.PERCENT)
            .notes("annual; blank = setting discount_rate");
    public static final Column PERIODICITY = Column.of("periodicity", ColumnType.ENUM).words(PERIODICITIES)
            .notes("length of a cash-flow period; blank = year");
    public static final Column START = Column.of("start", ColumnType.START_DATE)
            .notes("the date of period 0; blank = 1 January of the report date's year");
    public static final Column DECISION_BY = Column.of("decision_by", ColumnType.END_DATE);
    public static final Column SUMMARY = Column.of("summary", ColumnType.MARKDOWN).notes("narrative of the brief");
    public static final Column PROBLEM = Column.of("problem", ColumnType.MARKDOWN).notes("narrative of the brief");
    public static final Column PROPOSAL = Column.of("proposal", ColumnType.MARKDOWN).notes("narrative of the brief");
    public static final Column ALTERNATIVES = Column.of("alternatives", ColumnType.MARKDOWN)
            .notes("narrative of the brief");
    public static final Column COST_SHARING = Column.of("cost_sharing", ColumnType.TEXT)
            .notes("e.g. Engineering 50%, Support 30%, Finance 20%; shares total 100 %");
    public static final Column KPIS = Column.of("kpis", ColumnType.IDS)
            .notes("ids of the KPIs the case promises to move");

    /** A department, then its share at the end: {@code Customer Support: 30 %}. */
    private static final Pattern SHARE = Pattern.compile("(.*?)[\\s:=]*(\\d[\\d.,]*\\s*%?)");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Za-z]{3}");

    public FundingCaseTable() {
        super("funding_cases", List.of("funding cases", "business cases", "cases", "funding"),
                "One funding (business) case per row; its money lines are in cash_flows.",
                ID, TITLE, SPONSOR, OWNER, STATUS, ASK, CURRENCY, DISCOUNT_RATE, PERIODICITY, START, DECISION_BY,
                SUMMARY, PROBLEM, PROPOSAL, ALTERNATIVES, COST_SHARING, KPIS);
    }

    @Override
    protected FundingCase read(Row row) {
        String id = row.id(ID);
        if (id == null) {
            return null;
        }
        String title = row.text(TITLE);
        CaseStatus status = row.word(STATUS);
        String currency = row.parse(CURRENCY, cell -> {
            String code = TextCells.text(cell);
            if (!CURRENCY_CODE.matcher(code).matches()) {
                throw FoundText.expected("a three-letter currency code such as USD or EUR", cell);
            }
            return code.toUpperCase(Locale.ROOT);
        });
        Double rate = row.parse(DISCOUNT_RATE, NumberCells::discountRate);
        Periodicity periodicity = row.word(PERIODICITY);
        java.time.LocalDate start = row.date(START);
        List<Share> sharing = row.parse(COST_SHARING, FundingCaseTable::shares);
        return new FundingCase(id, title == null ? id : title, row.text(SPONSOR), row.text(OWNER),
                status == null ? CaseStatus.PROPOSED : status, row.number(ASK),
                currency == null ? row.settings().currency() : currency,
                rate == null ? row.settings().discountRate() : rate,
                periodicity == null ? Periodicity.YEAR : periodicity,
                start == null ? row.defaultCaseStart() : start, row.date(DECISION_BY), row.markdown(SUMMARY),
                row.markdown(PROBLEM), row.markdown(PROPOSAL), row.markdown(ALTERNATIVES),
                sharing == null ? List.of() : sharing, row.ids(KPIS), row.extra(), row.origin());
    }

    /** {@code Engineering 50%, Support 30%, Finance 20%}: departments with their shares as fractions. */
    static List<Share> shares(Cell cell) throws BadCell {
        List<Share> shares = new ArrayList<>();
        for (String part : TextCells.list(cell)) {
            Matcher m = SHARE.matcher(part);
            Double share = null;
            String department = null;
            if (m.matches()) {
                department = m.group(1).strip();
                String amount = m.group(2);
                try {
                    share = NumberCells.percent(Cell.text(amount));
                } catch (BadCell e) {
                    share = null;
                }
            }
            if (share == null || department.isEmpty()) {
                throw new BadCell("expected departments with their shares such as \"Engineering 50%, Support 30%,"
                        + " Finance 20%\", found " + FoundText.quoted(part));
            }
            shares.add(new Share(department, share));
        }
        return List.copyOf(shares);
    }
}
