package io.roadcase.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.FundingCase.Share;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 24);

    private static List<Problem> check(Data data) {
        return Checker.check(data.portfolio(), REPORT_DATE);
    }

    private static Problem only(Data data) {
        List<Problem> problems = check(data);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void acceptsACleanPortfolio() {
        Data data = new Data().kpi("conv", "%").value("conv", "2026-01-01", 0.3)
                .item("A", i -> i.kpis = List.of("conv")).item("B", "A").fundingCase("crm").flow("crm", 0, null)
                .scenario("*", "Pessimistic").risk("crm", null, 3, 4).person("ann@example.com", "crm");
        assertThat(check(data)).isEmpty();
    }

    @Test
    void reportsDuplicateIdWithBothPlaces() {
        Problem problem = only(new Data().item("A").item("B").item("A"));
        assertThat(problem.isError()).isTrue();
        assertThat(problem.place()).isEqualTo(Place.csv("roadmap.csv", 4, "id"));
        assertThat(problem.other()).isEqualTo(Place.csv("roadmap.csv", 2, "id"));
        assertThat(problem.message()).contains("duplicate id \"A\" in roadmap");
    }

    @Test
    void reportsDuplicateKpiAndCaseIds() {
        List<Problem> problems = check(new Data().kpi("k", null).kpi("k", null).fundingCase("c").fundingCase("c")
                .flow("c", 0, null));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("in kpis"))
                .anySatisfy(m -> assertThat(m).contains("in funding_cases"));
        assertThat(problems).allSatisfy(p -> assertThat(p.other()).isNotNull());
    }

    @Test
    void reportsUnknownReferencesOnePerCell() {
        Data data = new Data().item("A", i -> {
            i.dependsOn = List.of("X", "Y");
            i.kpis = List.of("nope");
            i.fundingCase = "gone";
        });
        List<Problem> problems = check(data);
        assertThat(problems).extracting(p -> p.place().column())
                .containsExactlyInAnyOrder("depends_on", "kpis", "funding_case");
        assertThat(problems).extracting(Problem::message)
                .contains("depends_on: no ids \"X\", \"Y\" in the roadmap table (ids are case-sensitive)");
    }

    @Test
    void reportsUnknownReferencesFromOtherTables() {
        Data data = new Data().fundingCase("crm", List.of(), "nokpi").flow("crm", 0, null).flow("erp", 0, null)
                .scenario("erp", "Late").scenario("*", "Fine").risk("erp", "Z", 1, 1).person("a@b.co", "erp");
        assertThat(check(data)).extracting(p -> p.place().file() + " " + p.place().column()).containsExactlyInAnyOrder(
                "funding_cases.csv kpis", "cash_flows.csv case", "scenarios.csv case", "risks.csv case",
                "risks.csv initiative", "stakeholders.csv cases");
    }

    @Test
    void printsCycleWithArrows() {
        Problem problem = only(new Data().item("A", "B").item("B", "C").item("C", "A").item("D", "A"));
        assertThat(problem.message()).startsWith("dependency cycle: A → B → C → A");
    }

    @Test
    void reportsEachCycleOnceAndSelfDependency() {
        List<Problem> problems = check(new Data().item("A", "B").item("B", "A").item("C", "C").item("D", "A", "B"));
        assertThat(problems).extracting(Problem::message).filteredOn(m -> m.startsWith("dependency cycle"))
                .hasSize(2).anySatisfy(m -> assertThat(m).contains("A → B → A"))
                .anySatisfy(m -> assertThat(m).contains("C → C"));
    }

    @Test
    void followsLongDependencyChainsWithoutOverflow() {
        Data data = new Data();
        for (int i = 0; i < 20_000; i++) {
            data.item("n" + i, "n" + (i + 1));
        }
        data.item("n20000", "n0");
        assertThat(check(data)).singleElement().extracting(Problem::message).asString()
                .startsWith("dependency cycle: n0 → n1 → n2");
    }

    @Test
    void rejectsEndBeforeStart() {
        Problem problem = only(new Data().item("A", i -> {
            i.start = LocalDate.of(2026, 5, 1);
            i.end = LocalDate.of(2026, 4, 30);
            i.status = InitiativeStatus.DONE;
        }));
        assertThat(problem.isError()).isTrue();
        assertThat(problem.place().column()).isEqualTo("end");
        assertThat(problem.message()).contains("end 2026-04-30 is before start 2026-05-01");
    }

    @Test
    void rejectsProgressOutside0To100Percent() {
        Problem problem = only(new Data().item("A", i -> i.progress = 1.5));
        assertThat(problem.message()).isEqualTo("progress: expected 0 % to 100 %, found 150 %");
        assertThat(only(new Data().item("A", i -> i.progress = -0.1)).place().column()).isEqualTo("progress");
    }

    @Test
    void rejectsEffortAndJobSizeOfZeroOrLess() {
        List<Problem> problems = check(new Data().item("A", i -> {
            i.effort = 0.0;
            i.jobSize = -2.0;
        }));
        assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
                "effort: expected a number above 0 (it divides the score), found 0",
                "job_size: expected a number above 0 (it divides the score), found -2");
    }

    @Test
    void warnsAboutScheduleConflict() {
        Problem problem = only(new Data()
                .item("A", i -> i.end = LocalDate.of(2027, 3, 31))
                .item("B", i -> {
                    i.start = LocalDate.of(2027, 2, 1);
                    i.dependsOn = List.of("A");
                }));
        assertThat(problem.level()).isEqualTo(Problem.Level.WARNING);
        assertThat(problem.place()).isEqualTo(Place.csv("roadmap.csv", 3, "depends_on"));
        assertThat(problem.message()).contains("\"B\" starts 2027-02-01 but depends on \"A\", which ends 2027-03-31");
    }

    @Test
    void warnsAboutOverdueItemsUnlessDoneOrCancelled() {
        Data data = new Data()
                .item("late", i -> i.end = LocalDate.of(2026, 10, 31))
                .item("done", i -> {
                    i.end = LocalDate.of(2026, 10, 31);
                    i.status = InitiativeStatus.DONE;
                })
                .item("dropped", i -> {
                    i.end = LocalDate.of(2026, 10, 31);
                    i.status = InitiativeStatus.CANCELLED;
                })
                .item("today", i -> i.end = REPORT_DATE);
        Problem problem = only(data);
        assertThat(problem.level()).isEqualTo(Problem.Level.WARNING);
        assertThat(problem.message()).startsWith("overdue: \"late\" ends 2026-10-31");
        assertThat(Checker.check(data.portfolio(), null)).isEmpty();
    }

    @Test
    void warnsWhenDoneWithProgressBelow100Percent() {
        Problem problem = only(new Data().item("A", i -> {
            i.status = InitiativeStatus.DONE;
            i.progress = 0.8;
        }));
        assertThat(problem.level()).isEqualTo(Problem.Level.WARNING);
        assertThat(problem.message()).contains("status is done but progress is 80 %");
    }

    @Test
    void rejectsCostSharingNotTotalling100Percent() {
        Problem problem = only(new Data().fundingCase("c", List.of(new Share("Eng", 0.5), new Share("Ops", 0.4)))
                .flow("c", 0, null));
        assertThat(problem.message()).isEqualTo(
                "cost_sharing: expected shares totalling 100 %, found 90 % (Eng 50 %, Ops 40 %)");
        assertThat(check(new Data().fundingCase("c", List.of(new Share("A", 0.1), new Share("B", 0.2),
                new Share("C", 0.7))).flow("c", 0, null))).isEmpty();
    }

    @Test
    void rejectsDatedAndPeriodicCashFlowsInOneCase() {
        Problem problem = only(new Data().fundingCase("c").flow("c", 0, null).flow("c", null, "2026-05-01")
                .flow("c", 1, null));
        assertThat(problem.place()).isEqualTo(Place.csv("cash_flows.csv", 3, "period"));
        assertThat(problem.other()).isEqualTo(Place.csv("cash_flows.csv", 2, "period"));
        assertThat(problem.message()).contains("mixes dated cash flows");
    }

    @Test
    void rejectsNegativePeriods() {
        assertThat(only(new Data().fundingCase("c").flow("c", -1, null)).message())
                .contains("expected a whole number 0 or more").contains("found -1");
    }

    @Test
    void warnsAboutACaseWithoutCashFlows() {
        Problem problem = only(new Data().fundingCase("lonely"));
        assertThat(problem.level()).isEqualTo(Problem.Level.WARNING);
        assertThat(problem.message()).contains("\"lonely\" has no cash flows");
    }

    @Test
    void rejectsTheSameKpiAndDateTwice() {
        Problem problem = only(new Data().kpi("k", null).value("k", "2026-01-01", 1).value("k", "2026-02-01", 2)
                .value("k", "2026-01-01", 3));
        assertThat(problem.place()).isEqualTo(Place.csv("kpi_values.csv", 4, "date"));
        assertThat(problem.other()).isEqualTo(Place.csv("kpi_values.csv", 2, "date"));
    }

    @Test
    void reportsEveryRepeatAgainstTheFirstRow() {
        List<Problem> problems = check(new Data().kpi("k", null).value("k", "2026-01-01", 1)
                .value("k", "2026-01-01", 2).value("k", "2026-01-01", 3));
        assertThat(problems).extracting(p -> p.other().line()).containsExactly(2, 2);
    }

    @Test
    void findsRepeatsAmongInterleavedRowsOutOfDateOrder() {
        List<Problem> problems = check(new Data().kpi("k", null).kpi("j", null)
                .value("k", "2026-03-01", 1).value("j", "2026-03-01", 1).value("k", "2026-01-01", 2)
                .value("j", "2026-02-01", 2).value("k", "2026-03-01", 3).value("k", "2026-01-01", 4));
        // k's rows 2, 4, 6, 7 are dated March, January, March, January; j's two rows differ.
        assertThat(problems).extracting(p -> p.place().line() + " repeats " + p.other().line())
                .containsExactlyInAnyOrder("6 repeats 2", "7 repeats 4");
    }

    @Test
    void reportsAnUnknownKpiOnceWithItsRowCount() {
        Problem problem = only(new Data().kpi("k", null).value("x", "2026-01-01", 1).value("x", "2026-02-01", 1)
                .value("x", "2026-03-01", 1));
        assertThat(problem.place().line()).isEqualTo(2);
        assertThat(problem.message()).contains("no id \"x\" in the kpis table").contains("(3 rows like this)");
    }

    @Test
    void warnsAboutPercentKpiValuesAboveOne() {
        Problem problem = only(new Data().kpi("conv", "%").value("conv", "2026-01-01", 0.95)
                .value("conv", "2026-02-01", 95));
        assertThat(problem.level()).isEqualTo(Problem.Level.WARNING);
        assertThat(problem.message()).contains("found 95").doesNotContain("rows like this");
        Problem counted = only(new Data().kpi("conv", "%").value("conv", "2026-01-01", 80)
                .value("conv", "2026-02-01", 0.9).value("conv", "2026-03-01", 95));
        assertThat(counted.place().line()).isEqualTo(2);
        assertThat(counted.message()).contains("found 80").contains("(2 rows like this)");
        assertThat(check(new Data().kpi("ms", "ms").value("ms", "2026-01-01", 95))).isEmpty();
    }

    @Test
    void rejectsARiskAboutNothing() {
        Problem problem = only(new Data().risk(null, null, 2, 2));
        assertThat(problem.message()).contains("needs a case").contains("found neither");
    }

    @Test
    void rejectsLikelihoodAndImpactOutside1To5() {
        List<Problem> problems = check(new Data().fundingCase("c").flow("c", 0, null).risk("c", null, 0, 6));
        assertThat(problems).extracting(p -> p.place().column()).containsExactlyInAnyOrder("likelihood", "impact");
    }

    @Test
    void rejectsAScenarioNamedBase() {
        Problem problem = only(new Data().scenario("*", " base "));
        assertThat(problem.message()).contains("cannot be redefined");
    }

    @Test
    void rejectsTheSameScenarioTwiceForOneCase() {
        Problem problem = only(new Data().scenario("*", "Late").scenario("*", "late"));
        assertThat(problem.other()).isNotNull();
    }

    @Test
    void rejectsInvalidEmail() {
        List<Problem> problems = check(new Data().person("ann@example.com").person("ann.example.com")
                .person("a b@example.com").person("ann@localhost"));
        assertThat(problems).extracting(p -> p.place().line()).containsExactly(3, 4, 5);
        assertThat(problems.get(0).message()).isEqualTo(
                "email: expected an address such as name@example.com (one address, no name or brackets)");
    }

    @Test
    void returnsProblemsSortedByPlace() {
        List<Problem> problems = check(new Data().person("bad").item("A", "Z").risk(null, null, 1, 1));
        assertThat(problems).isSortedAccordingTo(Problem.BY_PLACE);
    }
}
