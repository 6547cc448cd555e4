package io.roadcase.read;

import static io.roadcase.read.Feed.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.CaseStatus;
import io.roadcase.model.CashFlow;
import io.roadcase.model.Direction;
import io.roadcase.model.FlowType;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Kpi;
import io.roadcase.model.PageSize;
import io.roadcase.model.Periodicity;
import io.roadcase.model.Problem;
import io.roadcase.model.Risk;
import io.roadcase.model.RiskStatus;
import io.roadcase.model.Scenario;
import io.roadcase.model.Settings;
import io.roadcase.model.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OtherTablesTest {

    @Test
    void readsKpisWithDefaults() {
        Feed.Fed<Kpi> fed = Feed.sheet(Tables.KPIS,
                row("id", "metric", "unit", "direction", "target", "target_date", "tolerance", "decimals", "Area"),
                row("conv", "Conversion", "%", "Lower is better", "5%", "2026-Q4", "5", 1, "growth"),
                row("nps", "NPS", null, null, null, null, null, null, null));
        assertThat(fed.problems()).isEmpty();
        Kpi conv = fed.records().get(0);
        assertThat(conv.isPercent()).isTrue();
        assertThat(conv.direction()).isEqualTo(Direction.LOWER);
        assertThat(conv.target()).isEqualTo(0.05);
        assertThat(conv.targetDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(conv.tolerance()).isEqualTo(0.05);
        assertThat(conv.decimals()).isEqualTo(1);
        assertThat(conv.category()).isEqualTo("growth");
        Kpi nps = fed.records().get(1);
        assertThat(nps.direction()).isEqualTo(Direction.HIGHER);
        assertThat(nps.tolerance()).isEqualTo(0.10);
        assertThat(nps.decimals()).isNull();
    }

    @Test
    void rejectsDecimalsOutside0To6() {
        Feed.Fed<Kpi> fed = Feed.sheet(Tables.KPIS, row("id", "name", "decimals"), row("a", "A", 7));
        assertThat(fed.problems()).singleElement().extracting(Problem::message).asString()
                .contains("a whole number from 0 to 6");
    }

    @Test
    void takesFundingCaseDefaultsFromSettings() {
        Settings settings = settings(row("key", "value"), row("currency", "eur"), row("discount_rate", "8%"));
        Feed.Fed<FundingCase> fed = Feed.feed(Tables.FUNDING_CASES, settings, "cases.csv", null,
                row("id", "title", "currency", "discount_rate", "periodicity", "start", "status"),
                row("crm", "CRM", null, null, null, null, null),
                row("erp", "ERP", "GBP", "12", "Quarterly", "2027-Q2", "submitted"));
        assertThat(fed.problems()).isEmpty();
        FundingCase crm = fed.records().get(0);
        assertThat(crm.currency()).isEqualTo("EUR");
        assertThat(crm.discountRate()).isEqualTo(0.08);
        assertThat(crm.periodicity()).isEqualTo(Periodicity.YEAR);
        assertThat(crm.start()).isEqualTo(Feed.CASE_START);
        assertThat(crm.status()).isEqualTo(CaseStatus.PROPOSED);
        FundingCase erp = fed.records().get(1);
        assertThat(erp.currency()).isEqualTo("GBP");
        assertThat(erp.discountRate()).isEqualTo(0.12);
        assertThat(erp.periodicity()).isEqualTo(Periodicity.QUARTER);
        assertThat(erp.start()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void parsesCostSharing() {
        FundingCase fundingCase = Feed.sheet(Tables.FUNDING_CASES, row("id", "title", "cost_sharing"),
                row("c", "C", "Engineering 50%, Customer Support: 30 %; Finance 0.2")).only();
        assertThat(fundingCase.costSharing()).containsExactly(new FundingCase.Share("Engineering", 0.5),
                new FundingCase.Share("Customer Support", 0.3), new FundingCase.Share("Finance", 0.2));
    }

    @Test
    void rejectsCostSharingWithoutShares() {
        Feed.Fed<FundingCase> fed = Feed.sheet(Tables.FUNDING_CASES, row("id", "title", "cost_sharing"),
                row("c", "C", "Engineering 50%, Support"));
        assertThat(fed.problems()).singleElement().extracting(Problem::message).asString()
                .contains("found \"Support\"");
    }

    @Test
    void readsCashFlowsByPeriodIndexOrDate() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS,
                row("case", "period", "type", "category", "amount"),
                row("crm", 0, "Capex", null, "$120,000"),
                row("crm", "1", "savings", "Cloud", 50000),
                row("erp", "2026-03-15", "cost", null, "(1,000)"),
                row("erp", LocalDate.of(2026, 6, 30), "benefit", null, 10));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(CashFlow::period).containsExactly(0, 1, null, null);
        assertThat(fed.records()).extracting(CashFlow::date)
                .containsExactly(null, null, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 30));
        assertThat(fed.records()).extracting(CashFlow::type)
                .containsExactly(FlowType.COST, FlowType.BENEFIT, FlowType.COST, FlowType.BENEFIT);
        assertThat(fed.records()).extracting(CashFlow::category).containsExactly("Capex", "Cloud", "cost", "benefit");
        assertThat(fed.records().get(2).amount()).isEqualTo(-1000);
    }

    @Test
    void rejectsAPeriodThatIsNotWhole() {
        Feed.Fed<CashFlow> fed = Feed.sheet(Tables.CASH_FLOWS, row("case", "period", "type", "amount"),
                row("crm", 1.5, "cost", 1));
        assertThat(fed.records()).isEmpty();
        assertThat(fed.problems()).singleElement().extracting(Problem::message).asString()
                .contains("a period index (a whole number").contains("found the number 1.5");
    }

    @Test
    void readsScenariosWithDefaults() {
        Feed.Fed<Scenario> fed = Feed.sheet(Tables.SCENARIOS,
                row("case", "scenario", "cost_factor", "benefit_factor", "benefit_delay"),
                row("*", "Pessimistic", 1.2, "0.8", 1),
                row("crm", "Late", null, null, null));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records().get(0)).isEqualTo(new Scenario("*", "Pessimistic", 1.2, 0.8, 1,
                fed.records().get(0).origin()));
        assertThat(fed.records().get(1).costFactor()).isEqualTo(1);
        assertThat(fed.records().get(1).benefitDelay()).isZero();
    }

    @Test
    void readsRisksOnTheirScaleOrWords() {
        Feed.Fed<Risk> fed = Feed.sheet(Tables.RISKS,
                row("risk", "case", "likelihood", "impact", "status"),
                row("Vendor late", "crm", "Very High", 2, "closed"),
                row("Bad", "crm", 2.5, "huge", null));
        assertThat(fed.records()).singleElement().satisfies(r -> {
            assertThat(r.likelihood()).isEqualTo(5);
            assertThat(r.impact()).isEqualTo(2);
            assertThat(r.status()).isEqualTo(RiskStatus.CLOSED);
        });
        assertThat(fed.problems()).hasSize(2).allSatisfy(p -> assertThat(p.message())
                .contains("very low, low, medium, high, very high"));
    }

    @Test
    void readsStakeholders() {
        Stakeholder person = Feed.sheet(Tables.STAKEHOLDERS, row("name", "email", "role", "cases", "portfolio"),
                row("Ann", "ann@example.com", "CFO", "crm; erp", "yes")).only();
        assertThat(person.cases()).containsExactly("crm", "erp");
        assertThat(person.portfolio()).isTrue();
    }

    @Test
    void readsSettingsWithDefaults() {
        Settings settings = settings(row("Setting", "Value"),
                row("Title", "Acme"),
                row("locale", "en_GB"),
                row("brand colour", "#AABBCC"),
                row("page size", "letter"),
                row("fiscal_year_start", 4),
                row("report_date", "2026-11-24"),
                row("date_format", "dd/MM/yyyy"));
        assertThat(settings.title()).isEqualTo("Acme");
        assertThat(settings.locale()).isEqualTo(Locale.UK);
        assertThat(settings.brandColor()).isEqualTo("#aabbcc");
        assertThat(settings.pageSize()).isEqualTo(PageSize.LETTER);
        assertThat(settings.fiscalYearStart()).isEqualTo(4);
        assertThat(settings.reportDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(settings.currency()).isEqualTo("USD");
        assertThat(settings.sensitivity()).isEqualTo(0.20);
    }

    @Test
    void warnsAboutAnUnknownSettingAndRejectsOneGivenTwice() {
        List<Problem> problems = new ArrayList<>();
        settings(problems, row("key", "value"), row("colour", "red"), row("currency", "EUR"), row("Currency", "GBP"));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).level()).isEqualTo(Problem.Level.WARNING);
        assertThat(problems.get(0).message()).contains("\"colour\"").contains("brand_color");
        assertThat(problems.get(1).isError()).isTrue();
        assertThat(problems.get(1).place().cell()).isEqualTo("A4");
        assertThat(problems.get(1).other().cell()).isEqualTo("A3");
    }

    @Test
    void rejectsBadSettingValues() {
        List<Problem> problems = new ArrayList<>();
        Settings settings = settings(problems, row("key", "value"), row("fiscal_year_start", 13),
                row("brand_color", "blue"), row("page_size", "A3"), row("locale", "!!"), row("date_format", "dd/MM"),
                row("logo", "../secret.png"), row("currency", "dollars"));
        assertThat(problems).hasSize(7).allSatisfy(p -> assertThat(p.isError()).isTrue());
        assertThat(settings).isEqualTo(Settings.DEFAULTS);
    }

    @SafeVarargs
    private static Settings settings(List<io.roadcase.source.Cell>... rows) {
        List<Problem> problems = new ArrayList<>();
        Settings settings = settings(problems, rows);
        assertThat(problems).isEmpty();
        return settings;
    }

    @SafeVarargs
    private static Settings settings(List<Problem> problems, List<io.roadcase.source.Cell>... rows) {
        Feed.Fed<SettingsTable.Entry> fed = Feed.sheet(Tables.SETTINGS, rows);
        problems.addAll(fed.problems());
        return SettingsTable.build(fed.records(), problems);
    }
}
