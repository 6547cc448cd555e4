package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import io.roadcase.model.CaseFigures.SensitivityLine;
import io.roadcase.model.CaseFigures.ShareAmount;
import io.roadcase.model.FlowType;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Periodicity;
import io.roadcase.model.Problem;
import io.roadcase.model.Scenario;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Funding-case figures on small hand-made cases, including the edge cases of METRICS.md. */
class CaseAnalysisTest {

    private static final double EPS = 1e-9;

    @Test
    void caseWithoutCashFlowsHasEveryFigureEmptyAndAWarning() {
        CaseBuilder builder = new CaseBuilder("empty").ask(1000.0).shares(new FundingCase.Share("Ops", 1.0));
        CaseFigures figures = builder.analyze();
        assertThat(figures.npv()).isNull();
        assertThat(figures.irr()).isNull();
        assertThat(figures.mirr()).isNull();
        assertThat(figures.roi()).isNull();
        assertThat(figures.bcr()).isNull();
        assertThat(figures.paybackYears()).isNull();
        assertThat(figures.discountedPaybackYears()).isNull();
        assertThat(figures.totalCosts()).isNull();
        assertThat(figures.totalBenefits()).isNull();
        assertThat(figures.breakEvenBenefitChange()).isNull();
        assertThat(figures.periods()).isEmpty();
        assertThat(figures.scenarios()).isEmpty();
        assertThat(figures.sensitivity()).isEmpty();
        assertThat(figures.ask()).as("the given ask stays").isEqualTo(1000.0);
        assertThat(figures.costSharing()).containsExactly(new ShareAmount("Ops", 1.0, 1000.0));
        assertThat(builder.problems).singleElement()
                .satisfies(p -> assertThat(p.level()).isEqualTo(Problem.Level.WARNING))
                .satisfies(p -> assertThat(p.message()).contains("empty has no cash flows"));
    }

    @Test
    void caseWithoutCashFlowsOrAskHasNoShareAmounts() {
        CaseFigures figures = new CaseBuilder("empty").shares(new FundingCase.Share("Ops", 1.0)).analyze();
        assertThat(figures.ask()).isNull();
        assertThat(figures.costSharing()).containsExactly(new ShareAmount("Ops", 1.0, null));
    }

    @Test
    void discountRateOfMinus100PercentLeavesFiguresEmptyInsteadOfInfinite() {
        CaseBuilder builder = new CaseBuilder("broken").rate(-1).cost(0, "Build", 100).benefit(1, "Revenue", 150);
        CaseFigures figures = builder.analyze();
        assertThat(figures.npv()).isNull();
        assertThat(figures.periods()).isEmpty();
        assertThat(builder.problems).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("discount rate must be above -100 %"));
    }

    @Test
    void onlyCostsGiveNoIrrNoPaybackAndSayWhy() {
        CaseBuilder builder = new CaseBuilder("costs").cost(0, "Build", 100).cost(1, "Run", 50);
        CaseFigures figures = builder.analyze();
        assertThat(figures.npv()).isCloseTo(-100 - 50 / 1.1, within(EPS));
        assertThat(figures.irr()).isNull();
        assertThat(figures.mirr()).isNull();
        assertThat(figures.paybackYears()).isNull();
        assertThat(figures.discountedPaybackYears()).isNull();
        assertThat(figures.roi()).isEqualTo(-1.0);
        assertThat(figures.bcr()).isEqualTo(0.0);
        assertThat(figures.breakEvenBenefitChange()).as("no benefits to change").isNull();
        assertThat(figures.ask()).as("ask defaults to total costs").isEqualTo(150.0);
        assertThat(builder.problems).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.INFO);
            assertThat(p.message()).contains("irr (the net cash flows never change sign)",
                    "paybackYears (the cumulative net cash flow never gets back to 0)");
        });
    }

    @Test
    void onlyBenefitsGiveNoRoiNoBcrAndPaybackZero() {
        CaseBuilder builder = new CaseBuilder("benefits").benefit(0, "Revenue", 10).benefit(2, "Revenue", 20);
        CaseFigures figures = builder.analyze();
        assertThat(figures.roi()).isNull();
        assertThat(figures.bcr()).isNull();
        assertThat(figures.irr()).isNull();
        assertThat(figures.paybackYears()).isEqualTo(0.0);
        assertThat(figures.discountedPaybackYears()).isEqualTo(0.0);
        assertThat(figures.totalCosts()).isEqualTo(0.0);
        assertThat(figures.ask()).isEqualTo(0.0);
        assertThat(builder.problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("roi (total costs are 0)", "bcr (the present value of costs is 0)"));
    }

    @Test
    void zeroDiscountRateMakesNpvTheUndiscountedSum() {
        CaseFigures figures = new CaseBuilder("flat").rate(0).periodicity(Periodicity.QUARTER)
                .cost(0, "Build", 100).benefit(1, "Revenue", 30).benefit(3, "Revenue", 90).analyze();
        assertThat(figures.npv()).isCloseTo(20, within(EPS));
        assertThat(figures.periods()).extracting(PeriodRow::discountFactor).containsOnly(1.0);
        assertThat(figures.discountedPaybackYears()).isEqualTo(figures.paybackYears());
        assertThat(figures.bcr()).isCloseTo(1.2, within(EPS));
        assertThat(figures.breakEvenBenefitChange()).isCloseTo(-20.0 / 120, within(EPS));
    }

    @Test
    void fullCostSharingInOneDepartmentCarriesTheWholeAsk() {
        CaseFigures figures = new CaseBuilder("shared").shares(new FundingCase.Share("Engineering", 1.0))
                .cost(0, "Build", 400).benefit(1, "Revenue", 500).analyze();
        assertThat(figures.costSharing()).containsExactly(new ShareAmount("Engineering", 1.0, 400.0));
    }

    @Test
    void givenAskWinsOverTotalCostsAndSplitsByShare() {
        CaseFigures figures = new CaseBuilder("shared").ask(1000.0)
                .shares(new FundingCase.Share("A", 0.25), new FundingCase.Share("B", 0.75))
                .cost(0, "Build", 400).benefit(1, "Revenue", 500).analyze();
        assertThat(figures.ask()).isEqualTo(1000.0);
        assertThat(figures.costSharing()).extracting(ShareAmount::amount).containsExactly(250.0, 750.0);
    }

    @Test
    void severalIrrRootsReportTheOneClosestToTheDiscountRateWithAWarning() {
        // -100 + 230/(1+i) - 132/(1+i)^2 = 0 at i = 10 % and i = 20 %.
        CaseBuilder near20 = new CaseBuilder("twice").rate(0.16).cost(0, "Build", 100).benefit(1, "Revenue", 230)
                .cost(2, "Teardown", 132);
        assertThat(near20.analyze().irr()).isCloseTo(0.20, within(1e-12));
        assertThat(near20.problems).anySatisfy(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.message()).contains("2 different rates", "closest to the discount rate", "20.00 %");
        });
        CaseBuilder near10 = new CaseBuilder("twice").rate(0.12).cost(0, "Build", 100).benefit(1, "Revenue", 230)
                .cost(2, "Teardown", 132);
        assertThat(near10.analyze().irr()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void irrBeyondTheSearchedRangeIsEmptyWithItsReason() {
        // Per period 19,900 %: above the +10,000 % the search covers.
        CaseBuilder builder = new CaseBuilder("wild").cost(0, "Build", 1).benefit(1, "Revenue", 200);
        assertThat(builder.analyze().irr()).isNull();
        assertThat(builder.problems).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("irr (no rate between -99.99 % and 10,000 %"));
    }

    @Test
    void irrOfAQuarterlyCaseIsAnnualised() {
        // Per quarter: -100 + 110/(1+i) = 0 at i = 10 %; annual (1.1)^4 - 1.
        CaseFigures figures = new CaseBuilder("q").periodicity(Periodicity.QUARTER).cost(0, "Build", 100)
                .benefit(1, "Revenue", 110).analyze();
        assertThat(figures.irr()).isCloseTo(Math.pow(1.1, 4) - 1, within(1e-12));
        double perQuarter = Math.pow(1.1, 0.25) - 1;
        assertThat(figures.npv()).isCloseTo(-100 + 110 / (1 + perQuarter), within(EPS));
    }

    @Test
    void paybackIsInterpolatedWithinThePeriodThatCrossesZero() {
        CaseFigures yearly = new CaseBuilder("p").rate(0).cost(0, "Build", 100).benefit(1, "Revenue", 60)
                .benefit(2, "Revenue", 60).analyze();
        assertThat(yearly.paybackYears()).isCloseTo(1 + 40.0 / 60, within(EPS));
        CaseFigures monthly = new CaseBuilder("p").rate(0).periodicity(Periodicity.MONTH).cost(0, "Build", 100)
                .benefit(1, "Revenue", 60).benefit(2, "Revenue", 60).analyze();
        assertThat(monthly.paybackYears()).isCloseTo((1 + 40.0 / 60) / 12, within(EPS));
    }

    @Test
    void paybackCountsFromPeriodZeroWhenTheCaseStartsLater() {
        CaseFigures figures = new CaseBuilder("late").rate(0).cost(1, "Build", 100).benefit(2, "Revenue", 150)
                .analyze();
        assertThat(figures.paybackYears()).isCloseTo(1 + 100.0 / 150, within(EPS));
    }

    @Test
    void discountedPaybackUsesDiscountedFlows() {
        CaseFigures figures = new CaseBuilder("d").rate(0.10).cost(0, "Build", 100).benefit(1, "Revenue", 66)
                .benefit(2, "Revenue", 121).analyze();
        // Discounted: -100, 60, 100 -> crosses in period 2 after 40 of 100.
        assertThat(figures.discountedPaybackYears()).isCloseTo(1.4, within(1e-12));
        assertThat(figures.paybackYears()).isCloseTo(1 + 34.0 / 121, within(EPS));
    }

    @Test
    void datedPaybackInterpolatesBetweenDatesInDaysOver365() {
        LocalDate d0 = LocalDate.of(2026, 1, 1);
        LocalDate d1 = LocalDate.of(2026, 7, 1);
        LocalDate d2 = LocalDate.of(2027, 1, 1);
        CaseFigures figures = new CaseBuilder("dated").rate(0).cost(d0, "Build", 100).benefit(d1, "Revenue", 50)
                .benefit(d2, "Revenue", 100).analyze();
        double days = ChronoUnit.DAYS.between(d0, d1) + 0.5 * ChronoUnit.DAYS.between(d1, d2);
        assertThat(figures.paybackYears()).isCloseTo(days / 365, within(EPS));
        assertThat(figures.periods()).extracting(PeriodRow::label)
                .containsExactly("2026-01-01", "2026-07-01", "2027-01-01");
        assertThat(figures.periods()).extracting(PeriodRow::period).containsOnlyNulls();
    }

    @Test
    void datedCaseDiscountsFromTheEarliestDateWhateverTheRowOrder() {
        LocalDate d0 = LocalDate.of(2026, 1, 1);
        LocalDate d1 = LocalDate.of(2027, 1, 1);
        CaseFigures figures = new CaseBuilder("dated").benefit(d1, "Revenue", 121).cost(d0, "Build", 100).analyze();
        assertThat(figures.npv()).isCloseTo(-100 + 121 / Math.pow(1.1, 365 / 365.0), within(EPS));
        assertThat(figures.mirr()).isNull();
    }

    @Test
    void periodsTableLabelsFollowThePeriodicity() {
        assertThat(labels(Periodicity.YEAR, LocalDate.of(2026, 1, 1))).containsExactly("2026", "2027", "2028");
        assertThat(labels(Periodicity.QUARTER, LocalDate.of(2026, 10, 1))).containsExactly("Q4 2026", "Q1 2027",
                "Q2 2027");
        assertThat(labels(Periodicity.MONTH, LocalDate.of(2026, 11, 1))).containsExactly("2026-11", "2026-12",
                "2027-01");
    }

    private static List<String> labels(Periodicity periodicity, LocalDate start) {
        return new CaseBuilder("l").periodicity(periodicity).start(start).cost(0, "Build", 1)
                .benefit(2, "Revenue", 2).analyze().periods().stream().map(PeriodRow::label).toList();
    }

    @Test
    void periodDatesCountFromTheStartSoMonthEndsDoNotDrift() {
        CaseFigures figures = new CaseBuilder("m").periodicity(Periodicity.MONTH).start(LocalDate.of(2026, 1, 31))
                .cost(0, "Build", 1).benefit(2, "Revenue", 2).analyze();
        assertThat(figures.periods()).extracting(PeriodRow::date).containsExactly(LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
    }

    @Test
    void periodsTableHasEveryIndexWithCategoriesAndRunningTotals() {
        CaseFigures figures = new CaseBuilder("t").rate(0.10).cost(0, "Build", 100).cost(0, "Licences", 20)
                .cost(0, "Build", 5).benefit(2, "Revenue", 242).analyze();
        List<PeriodRow> rows = figures.periods();
        assertThat(rows).extracting(PeriodRow::period).containsExactly(0, 1, 2);
        assertThat(rows.get(0).costs()).containsExactly(Map.entry("Build", 105.0), Map.entry("Licences", 20.0));
        assertThat(rows.get(1).costs()).isEmpty();
        assertThat(rows.get(1).net()).isEqualTo(0.0);
        assertThat(rows.get(2).benefits()).containsExactly(Map.entry("Revenue", 242.0));
        assertThat(rows.get(2).discountFactor()).isCloseTo(1 / 1.21, within(EPS));
        assertThat(rows.get(2).discountedNet()).isCloseTo(200, within(EPS));
        assertThat(rows.get(2).cumulative()).isCloseTo(117, within(EPS));
        assertThat(rows.get(2).discountedCumulative()).isCloseTo(75, within(EPS));
        assertThat(figures.npv()).isCloseTo(75, within(EPS));
    }

    @Test
    void negativeCostBringsMoneyBack() {
        CaseFigures figures = new CaseBuilder("n").rate(0).cost(0, "Build", 100).cost(1, "Resale", -30)
                .benefit(1, "Revenue", 50).analyze();
        assertThat(figures.totalCosts()).isEqualTo(70.0);
        assertThat(figures.npv()).isCloseTo(-20, within(EPS));
    }

    @Test
    void scenariosStartWithBaseThenTableOrderAndCaseRowsBeatStarRows() {
        List<Scenario> rows = List.of(
                new Scenario("*", "Pessimistic", 1.2, 0.8, 0, null),
                new Scenario("other", "Other only", 1, 1, 0, null),
                new Scenario("*", "Optimistic", 0.9, 1.1, 0, null),
                new Scenario("c", "pessimistic", 1.5, 0.5, 1, null),
                new Scenario("*", "Base", 2, 2, 0, null));
        List<Scenario> chosen = CaseAnalysis.scenariosFor("c", rows);
        assertThat(chosen).extracting(Scenario::name).containsExactly("Base", "Optimistic", "pessimistic");
        assertThat(chosen.get(2).costFactor()).isEqualTo(1.5);
        assertThat(CaseAnalysis.scenariosFor("other", rows)).extracting(Scenario::name)
                .containsExactly("Base", "Pessimistic", "Other only", "Optimistic");
    }

    @Test
    void scenarioScalesCostsAndBenefitsAndDelaysBenefits() {
        CaseFigures figures = new CaseBuilder("s").rate(0.10).cost(0, "Build", 100).benefit(1, "Revenue", 121)
                .scenario("*", "Late and dear", 1.5, 2, 1).analyze();
        ScenarioFigures late = figures.scenarios().get(1);
        // Costs 150 at 0; benefits 242 moved to period 2: 242 / 1.21 = 200.
        assertThat(late.npv()).isCloseTo(50, within(EPS));
        assertThat(late.irr()).isCloseTo(Math.sqrt(242.0 / 150) - 1, within(1e-12));
        assertThat(late.paybackYears()).isCloseTo(1 + 150.0 / 242, within(EPS));
        assertThat(late.cumulative()).extracting(p -> p.value()).containsExactly(-150.0, -150.0, 92.0);
        assertThat(late.benefitDelay()).isEqualTo(1);
    }

    @Test
    void datedScenarioDelayMovesBenefitsByMonthsLikeEdate() {
        CaseFigures figures = new CaseBuilder("s").rate(0.10).cost(LocalDate.of(2027, 1, 1), "Build", 100)
                .benefit(LocalDate.of(2027, 1, 31), "Revenue", 150).scenario("*", "Late", 1, 1, 1).analyze();
        assertThat(figures.scenarios().get(1).cumulative()).extracting(p -> p.date())
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28));
        double years = ChronoUnit.DAYS.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28)) / 365.0;
        assertThat(figures.scenarios().get(1).npv()).isCloseTo(-100 + 150 / Math.pow(1.1, years), within(EPS));
    }

    @Test
    void sensitivityIsSortedBySwingThenCostsFirstThenCategoryIgnoringCase() {
        CaseFigures figures = new CaseBuilder("t").rate(0).sensitivity(0.5).cost(0, "beta", 100)
                .cost(0, "Alpha", 100).benefit(0, "Revenue", 100).benefit(0, "Big", 1000).analyze();
        assertThat(figures.sensitivity()).extracting(SensitivityLine::type, SensitivityLine::category).containsExactly(
                tuple(FlowType.BENEFIT, "Big"),
                tuple(FlowType.COST, "Alpha"),
                tuple(FlowType.COST, "beta"),
                tuple(FlowType.BENEFIT, "Revenue"));
        SensitivityLine alpha = figures.sensitivity().get(1);
        // npv 900; Alpha costs scaled by 0.5 -> 950, by 1.5 -> 850.
        assertThat(alpha.npvLow()).isCloseTo(950, within(EPS));
        assertThat(alpha.npvHigh()).isCloseTo(850, within(EPS));
    }
}
