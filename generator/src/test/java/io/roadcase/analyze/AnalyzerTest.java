package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseStatus;
import io.roadcase.model.CashFlow;
import io.roadcase.model.Direction;
import io.roadcase.model.FlowType;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Horizon;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.Periodicity;
import io.roadcase.model.Place;
import io.roadcase.model.Portfolio;
import io.roadcase.model.PortfolioSummary.AskTotal;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.Risk;
import io.roadcase.model.RiskStatus;
import io.roadcase.model.Settings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole analysis over a small portfolio: links between tables, roll-ups and problems. */
class AnalyzerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static FundingCase fundingCase(String id, CaseStatus status, Double ask, String currency, Origin origin) {
        return new FundingCase(id, "Case " + id, "", "", status, ask, currency, 0.1, Periodicity.YEAR,
                LocalDate.of(2026, 1, 1), null, "", "", "", "", List.of(), List.of("conv"), Map.of(), origin);
    }

    private static Initiative initiative(String id, String theme, InitiativeStatus status, String fundingCase) {
        return new Initiative(id, id, theme, "", "", status, null, null, false, null, null, null, null, null, null,
                null, null, null, null, List.of(), List.of("conv", "conv"), fundingCase, "", null, Map.of(),
                Origin.NONE);
    }

    private static Portfolio portfolio() {
        Origin casesSheet = new Origin("cases.xlsx", "Funding", 3, Map.of("id", "A"));
        Kpi conv = new Kpi("conv", "Conversion", "%", Direction.HIGHER, 0.05, null, null, 0.1, "", "", "", null,
                Map.of(), Origin.NONE);
        Kpi nps = new Kpi("nps", "NPS", "", Direction.HIGHER, null, null, null, 0.1, "", "", "", null, Map.of(),
                Origin.NONE);
        return new Portfolio(Settings.DEFAULTS,
                List.of(initiative("I-1", "Growth", InitiativeStatus.IN_PROGRESS, "checkout"),
                        initiative("I-2", "Reliability", InitiativeStatus.DONE, null),
                        initiative("I-3", "Growth", InitiativeStatus.PLANNED, "checkout")),
                List.of(conv, nps),
                List.of(new Observation("conv", TODAY, 0.06, null, null, Origin.NONE)),
                List.of(fundingCase("checkout", CaseStatus.PROPOSED, null, "USD", Origin.NONE),
                        fundingCase("lake", CaseStatus.PROPOSED, 500.0, "EUR", casesSheet),
                        fundingCase("ops", CaseStatus.APPROVED, 100.0, "USD", Origin.NONE),
                        fundingCase("idea", CaseStatus.DRAFT, null, "USD", Origin.NONE)),
                List.of(new CashFlow("checkout", 0, null, FlowType.COST, "Build", 300, null, Origin.NONE),
                        new CashFlow("checkout", 1, null, FlowType.BENEFIT, "Revenue", 400, null, Origin.NONE),
                        new CashFlow("ops", 0, null, FlowType.COST, "Build", 80, null, Origin.NONE),
                        new CashFlow("ops", 0, null, FlowType.BENEFIT, "Savings", 100, null, Origin.NONE)),
                List.of(),
                List.of(new Risk("Late", "checkout", null, 3, 4, "", "", RiskStatus.OPEN, Origin.NONE),
                        new Risk("Pager", null, "I-1", 1, 2, "", "", RiskStatus.OPEN, Origin.NONE)),
                List.of());
    }

    @Test
    void linksInitiativesKpisCasesAndRisks() {
        Report report = Analyzer.analyze(portfolio(), TODAY, List.of());
        CaseFigures checkout = report.fundingCase("checkout");
        assertThat(checkout.initiatives()).containsExactly("I-1", "I-3");
        assertThat(checkout.risks()).extracting(r -> r.risk().risk()).containsExactly("Late");
        assertThat(checkout.ask()).isEqualTo(300.0);
        assertThat(report.kpi("conv").initiatives()).as("listed twice, linked once").containsExactly("I-1", "I-2", "I-3");
        assertThat(report.kpi("conv").cases()).containsExactly("checkout", "lake", "ops", "idea");
        assertThat(report.risks()).extracting(r -> r.score()).containsExactly(12, 2);
    }

    @Test
    void summarisesAskKpiStatusHorizonAndTheme() {
        Report report = Analyzer.analyze(portfolio(), TODAY, List.of());
        assertThat(report.summary().askByStatus()).as("idea has no ask: not counted").containsExactly(
                new AskTotal(CaseStatus.PROPOSED, "USD", 300, 1),
                new AskTotal(CaseStatus.PROPOSED, "EUR", 500, 1),
                new AskTotal(CaseStatus.APPROVED, "USD", 100, 1));
        assertThat(report.summary().kpiStatusCounts()).containsExactly(Map.entry(KpiStatus.GREEN, 1),
                Map.entry(KpiStatus.AMBER, 0), Map.entry(KpiStatus.RED, 0), Map.entry(KpiStatus.NO_TARGET, 0),
                Map.entry(KpiStatus.NO_DATA, 1));
        assertThat(report.summary().initiativesByHorizon()).containsExactly(Map.entry(Horizon.NOW, 1),
                Map.entry(Horizon.NEXT, 0), Map.entry(Horizon.LATER, 1));
        assertThat(report.summary().initiativesByTheme()).containsExactly(Map.entry("Growth", 2),
                Map.entry("Reliability", 1));
    }

    @Test
    void keepsGivenProblemsAndAddsItsOwnSortedByPlace() {
        Problem given = Problem.error(Place.cell("a.xlsx", "Roadmap", "B2"), "given");
        Report report = Analyzer.analyze(portfolio(), TODAY, List.of(given));
        assertThat(report.problems()).extracting(Problem::message).containsExactly(
                "idea has no cash flows: its figures are empty",
                "ops: some figures are empty: irr (the net cash flows never change sign); "
                        + "mirr (the net cash flows need both a negative and a positive period)",
                "given",
                "lake has no cash flows: its figures are empty");
        assertThat(report.problems().get(3).place()).isEqualTo(Place.cell("cases.xlsx", "Funding", "A3"));
    }

    @Test
    void emptyPortfolioGivesAnEmptyReport() {
        Report report = Analyzer.analyze(Portfolio.empty(), TODAY, List.of());
        assertThat(report.fundingCases()).isEmpty();
        assertThat(report.summary().kpiStatusCounts()).hasSize(KpiStatus.values().length);
        assertThat(report.problems()).isEmpty();
    }
}
