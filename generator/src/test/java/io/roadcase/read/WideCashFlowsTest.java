package io.roadcase.read;

import static io.roadcase.read.Feed.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The wide {@code cash_flows} layout: cost and benefit lines down, periods across. */
class WideCashFlowsTest {

    /** What a record says, without where it came from: the wide and long layouts must agree on it. */
    private static String line(CashFlow f) {
        return f.caseId() + " " + (f.isDated() ? f.date() : "#" + f.period()) + " " + f.type() + " " + f.category()
                + " " + f.amount() + (f.note() == null ? "" : " (" + f.note() + ")");
    }

    @Test
    void readsYearColumnsIntoTheSameRecordsAsTheLongLayout() {
        Feed.Fed<CashFlow> wide = Feed.sheet(Tables.CASH_FLOWS,
                row("CRM replacement: cash flows"),
                row("Case", "Type", "Category", "Note", "2026", 2027, "FY2028"),
                row("crm", "capex", "Licences", "list price", 120_000, "$40,000", null),
                row("crm", "saving", "Support hours", null, null, 90_000, "(5,000)"));
        Feed.Fed<CashFlow> longLayout = Feed.sheet(Tables.CASH_FLOWS,
                row("case", "period", "type", "category", "amount", "note"),
                row("crm", 2026, "capex", "Licences", 120_000, "list price"),
                row("crm", 2027, "capex", "Licences", 40_000, "list price"),
                row("crm", 2027, "saving", "Support hours", 90_000, null),
                row("crm", LocalDate.of(2028, 1, 1), "saving", "Support hours", -5_000, null));

        assertThat(wide.problems()).isEmpty();
        assertThat(longLayout.problems()).isEmpty();
        assertThat(wide.records()).extracting(WideCashFlowsTest::line)
                .containsExactlyElementsOf(longLayout.records().stream().map(WideCashFlowsTest::line).toList());
        CashFlow fy = wide.records().get(3);
        assertThat(fy.origin().at("amount")).isEqualTo(Place.cell("book.xlsx", "Sheet1", "G4"));
        assertThat(fy.origin().at("period")).isEqualTo(Place.cell("book.xlsx", "Sheet1", "G4"));
        assertThat(fy.origin().at("case")).isEqualTo(Place.cell("book.xlsx", "Sheet1", "A4"));
    }

    @Test
    void readsQuarterMonthAndDateHeaders() {
        Feed.Fed<CashFlow> fed = Feed.csv(Tables.CASH_FLOWS,
                row("case", "type", "Q1 2026", "2026-Q2", "Jul 2026", "2026-10", LocalDate.of(2026, 12, 15)),
                row("app", "cost", 1, 2, 3, 4, 5));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(CashFlow::date).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 15));
        // A blank category is the type word as written, as in the long layout.
        assertThat(fed.records()).extracting(CashFlow::category).containsOnly("cost");
        assertThat(fed.records().get(2).origin().at("amount")).isEqualTo(Place.csv("data.csv", 2, "Jul 2026"));
    }

    @Test
    void fiscalYearsAreNamedByTheYearTheyEndIn() {
        Settings april = new Settings("t", "", "USD", 0.1, null, 4, null, null, "", "#1f5fad", null, 0.2, null);
        Feed.Fed<CashFlow> fed = Feed.feed(Tables.CASH_FLOWS, april, "book.xlsx", "Sheet1",
                row("case", "type", "FY2027", "FY 28", "FY2028/29"),
                row("app", "cost", 1, 2, 3));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(CashFlow::date).containsExactly(LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 4, 1), LocalDate.of(2028, 4, 1));
    }

    @Test
    void periodIndexHeadersGivePeriodicFlows() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS,
                row("case", "type", "category", 0, "1", "Year 2", "Period 3"),
                row("app", "investment", "Build", 500, null, null, null),
                row("app", "revenue", "Sales", null, 200, 300, 400));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(WideCashFlowsTest::line).containsExactly(
                "app #0 COST Build 500.0", "app #1 BENEFIT Sales 200.0", "app #2 BENEFIT Sales 300.0",
                "app #3 BENEFIT Sales 400.0");
    }

    @Test
    void reportsBadCellsAtTheirPlaceAndReadsTheRest() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS,
                row("case", "type", "category", "2026", "2027"),
                row("crm", "cost", "Licences", "tbd", 100),
                row("crm", "gift", "Grant", 10, 20),
                row(null, "cost", "Staff", 30, null),
                row("crm", "benefit", "Savings", null, 50));
        assertThat(fed.records()).extracting(WideCashFlowsTest::line).containsExactlyInAnyOrder(
                "crm 2027-01-01 COST Licences 100.0", "crm 2027-01-01 BENEFIT Savings 50.0");
        fed.problems().sort(Problem.BY_PLACE);
        assertThat(fed.problems()).extracting(Problem::place).containsExactly(
                Place.cell("book.xlsx", "Sheet1", "D2"), Place.cell("book.xlsx", "Sheet1", "B3"),
                Place.cell("book.xlsx", "Sheet1", "A4"));
        assertThat(fed.problems()).allMatch(Problem::isError);
        assertThat(fed.problems().get(0).message()).isEqualTo(
                "column \"2026\": expected a number such as 1250, 1,250.50, $1,250 or (1,200), found \"tbd\"");
        assertThat(fed.problems().get(1).message()).contains("column \"type\"", "\"gift\"", "cost, benefit");
    }

    @Test
    void skipsTotalsAndWarnsAboutOtherColumns() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS,
                row("case", "type", "category", "2026", "2027", "Total", "Owner"),
                row("crm", "cost", "Licences", 100, 100, 200, "Ann"),
                row("crm", "cost", "Total costs", 100, 100, 200, null),
                row("# a comment line", null, null, 1, 1, 2, null),
                row("crm", "cost", "Empty line", null, null, null, "Bob"));
        assertThat(fed.records()).extracting(WideCashFlowsTest::line).containsExactly(
                "crm 2026-01-01 COST Licences 100.0", "crm 2027-01-01 COST Licences 100.0");
        assertThat(fed.problems()).extracting(p -> p.level() + " " + p.place().cell()).containsExactly(
                "INFO F1", "WARNING G1", "INFO A3");
        assertThat(fed.problems().get(2).message()).contains("\"Total costs\"", "is a total");
    }

    @Test
    void monthHeadersTakeTheYearFromTheRowAbove() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS,
                row(null, null, 2026, null, 2027),
                row("case", "type", "Nov", "Dec", "Jan"),
                row("app", "cost", 1, 2, 3));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(CashFlow::date).containsExactly(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));
    }

    @Test
    void monthHeadersWithoutAYearAreAnError() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS,
                row("case", "type", "2026", "Jan", "Feb"),
                row("app", "cost", 1, 2, 3));
        assertThat(fed.records()).extracting(CashFlow::date).containsExactly(LocalDate.of(2026, 1, 1));
        assertThat(fed.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.place()).isEqualTo(Place.cell("book.xlsx", "Sheet1", "D1"));
            assertThat(p.message()).contains("have no year", "row above the header", "Jan 2026");
        });
    }

    @Test
    void aHeaderOfNeitherLayoutNamesBoth() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS,
                row("case", "type", "Comment"),
                row("crm", "cost", "x"));
        assertThat(fed.records()).isEmpty();
        assertThat(fed.problems()).singleElement().extracting(Problem::message).asString()
                .contains("missing period, amount", "or, for the wide layout");
    }

    @Test
    void aPeriodColumnKeepsTheLongLayoutAndOtherColumnsAreExtra() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS,
                row("case", "period", "type", "amount", "2026"),
                row("crm", 0, "cost", 10, 99));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(WideCashFlowsTest::line).containsExactly("crm #0 COST cost 10.0");
        assertThat(fed.only().type()).isEqualTo(FlowType.COST);
        assertThat(fed.only().origin().columns()).containsEntry("2026", "E");
    }
}
