package io.roadcase.analyze;

import static io.roadcase.Workbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.Workbook;
import io.roadcase.check.Checker;
import io.roadcase.model.ObjectiveFigures;
import io.roadcase.model.ObjectiveStatus;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.read.PortfolioReader;
import io.roadcase.read.PortfolioReader.ReadResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objectives read from a real workbook, checked and analysed; every figure against a value worked out by
 * hand (docs/figures.md, Objectives). The report date is 16 August 2026.
 */
class ObjectivesTest {

    static final LocalDate REPORT_DATE = LocalDate.of(2026, 8, 16);

    @TempDir
    static Path folder;
    static Report report;
    static List<Problem> problems;

    @BeforeAll
    static void readCheckAndAnalyse() throws Exception {
        new Workbook()
                .sheet("OKRs",
                        row("ID", "Objective", "Owner", "Quarter", "Start", "End", "Parent", "Status", "Key results"),
                        row("G", "Grow revenue", "Ann", 2026, null, null, null, null, null),
                        row("H", "Win mid-market", "Bob", "H2 2026", null, null, "G", null, "K1, K2"),
                        row("Q", "Faster checkout", "Cy", "2026-Q3", null, null, "H", null, null),
                        row("E", "Tidy July", null, null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), null,
                                "amber", null),
                        row("C1", "Loop one", null, "Q4 2026", null, null, "C2", null, null),
                        row("C2", "Loop two", null, "Q4 2026", null, null, "C1", null, null),
                        row("X", "Orphan", null, "FY2027", null, null, "NOPE", null, "K9"),
                        row("B", "Badly timed", null, "next spring", null, null, null, null, null),
                        row("S", "Half dated", null, null, LocalDate.of(2026, 1, 1), null, null, null, null))
                .sheet("kpis",
                        row("id", "name", "direction", "target", "baseline", "objective"),
                        row("K1", "Revenue", "higher", 100, 50, null),
                        row("K2", "Churn", "lower", 10, null, null),
                        row("K3", "Checkout speed", "higher", 50, 0, "Q"),
                        row("K4", "Visits", "higher", null, null, "Q"),
                        row("K5", "Stray", "higher", 1, null, "NOPE2"))
                .sheet("kpi_values",
                        row("kpi", "date", "value"),
                        row("K1", LocalDate.of(2026, 7, 1), 60),
                        row("K1", LocalDate.of(2026, 8, 1), 80),
                        row("K2", LocalDate.of(2026, 7, 1), 20),
                        row("K2", LocalDate.of(2026, 8, 1), 10.5),
                        row("K3", LocalDate.of(2026, 8, 1), 60),
                        row("K4", LocalDate.of(2026, 8, 1), 5))
                .sheet("roadmap",
                        row("id", "title", "status", "objective"),
                        row("I1", "One", "done", "Q"),
                        row("I2", "Two", "in progress", "Q"),
                        row("I3", "Three", "cancelled", "Q"),
                        row("I4", "Four", "done", "H"),
                        row("I5", "Five", "planned", "ZZ"))
                .write(folder.resolve("okrs.xlsx"));
        ReadResult read = PortfolioReader.read(folder, REPORT_DATE, null);
        List<Problem> all = new ArrayList<>(read.problems());
        all.addAll(Checker.check(read.portfolio(), REPORT_DATE));
        report = Analyzer.analyze(read.portfolio(), REPORT_DATE, all);
        problems = report.problems();
    }

    @Test
    void readsPeriodsOfEveryKind() {
        assertThat(o("G").objective().period()).isEqualTo("2026");
        assertThat(o("G").objective().start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(o("H").objective().period()).isEqualTo("H2 2026");
        assertThat(o("H").objective().end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(o("Q").objective().period()).isEqualTo("Q3 2026");
        assertThat(o("Q").objective().start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(o("E").objective().period()).isEqualTo("2026-07-01 – 2026-07-31");
        assertThat(o("X").objective().period()).isEqualTo("2027");
        assertThat(o("B").objective().period()).isNull();
    }

    @Test
    void linksKeyResultsFromTheListAndFromTheKpiColumn() {
        assertThat(o("H").keyResultIds()).containsExactly("K1", "K2");
        assertThat(o("Q").keyResultIds()).containsExactly("K3", "K4");
        assertThat(o("G").keyResultIds()).isEmpty();
        assertThat(o("Q").initiatives()).containsExactly("I1", "I2", "I3");
        assertThat(o("G").children()).containsExactly("H");
        assertThat(o("H").children()).containsExactly("Q");
    }

    @Test
    void keyResultProgressCountsFromTheBaselineOrTheFirstValue() {
        // K1: (80 − 50) ÷ (100 − 50) = 0.6 with its baseline column.
        assertThat(o("H").keyResults().get(0).baseline()).isEqualTo(50.0);
        assertThat(o("H").keyResults().get(0).progress()).isCloseTo(0.6, within(1e-12));
        // K2 has no baseline: its first value 20; (10.5 − 20) ÷ (10 − 20) = 0.95.
        assertThat(o("H").keyResults().get(1).baseline()).isEqualTo(20.0);
        assertThat(o("H").keyResults().get(1).progress()).isCloseTo(0.95, within(1e-12));
        // K3: (60 − 0) ÷ (50 − 0) = 1.2, clamped to 1. K4 has no target: no progress.
        assertThat(o("Q").keyResults().get(0).progress()).isEqualTo(1.0);
        assertThat(o("Q").keyResults().get(1).progress()).isNull();
        assertThat(o("H").keyResultProgress()).isCloseTo(0.775, within(1e-12));
        assertThat(o("Q").keyResultProgress()).isEqualTo(1.0);
        assertThat(o("G").keyResultProgress()).isNull();
    }

    @Test
    void rollsProgressUpAParentChainThreeDeep() {
        // H and Q together: K1 0.6, K2 0.95, K3 1 → 2.55 ÷ 3.
        assertThat(o("H").overallKeyResultProgress()).isCloseTo(0.85, within(1e-12));
        assertThat(o("G").overallKeyResultProgress()).isCloseTo(0.85, within(1e-12));
        assertThat(o("Q").overallKeyResultProgress()).isEqualTo(1.0);
        assertThat(o("G").depth()).isZero();
        assertThat(o("H").depth()).isEqualTo(1);
        assertThat(o("Q").depth()).isEqualTo(2);
    }

    @Test
    void sharesOfInitiativesDoneLeaveCancelledOnesOut() {
        assertThat(o("Q").initiativesDone()).isEqualTo(0.5); // I1 done, I2 not; I3 cancelled
        assertThat(o("H").initiativesDone()).isEqualTo(1.0); // I4
        assertThat(o("H").overallInitiativesDone()).isCloseTo(2.0 / 3, within(1e-12)); // I4, I1 of I4, I1, I2
        assertThat(o("G").initiativesDone()).isNull();
        assertThat(o("G").overallInitiativesDone()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(o("E").initiativesDone()).isNull();
    }

    @Test
    void computesTheStatusFromTheKeyResultsWhenBlank() {
        // Q: K3 green, K4 without target has no say → on track.
        assertThat(o("Q").status()).isEqualTo(ObjectiveStatus.ON_TRACK);
        assertThat(o("Q").statusComputed()).isTrue();
        // H with Q: K1 red (gap 20 %), K2 amber (gap 5 %), K3 green: one red of three → at risk.
        assertThat(o("H").status()).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(o("G").status()).isEqualTo(ObjectiveStatus.AT_RISK);
        // No key results: no status.
        assertThat(o("B").status()).isNull();
        assertThat(o("B").statusComputed()).isFalse();
        // Given: kept as given.
        assertThat(o("E").status()).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(o("E").statusComputed()).isFalse();
    }

    @Test
    void statusRuleCountsRedAgainstRatedKeyResults() {
        var green = io.roadcase.model.KpiStatus.GREEN;
        var amber = io.roadcase.model.KpiStatus.AMBER;
        var red = io.roadcase.model.KpiStatus.RED;
        var none = io.roadcase.model.KpiStatus.NO_DATA;
        assertThat(ObjectiveAnalysis.status(List.of(green, green, none))).isEqualTo(ObjectiveStatus.ON_TRACK);
        assertThat(ObjectiveAnalysis.status(List.of(green, amber))).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(ObjectiveAnalysis.status(List.of(green, red))).isEqualTo(ObjectiveStatus.OFF_TRACK);
        assertThat(ObjectiveAnalysis.status(List.of(green, green, red))).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(ObjectiveAnalysis.status(List.of(none))).isNull();
        assertThat(ObjectiveAnalysis.status(List.of())).isNull();
    }

    @Test
    void timeElapsedIsTheShareOfThePeriodPassed() {
        // 2026: 227 days from 1 January to 16 August, of 365.
        assertThat(o("G").timeElapsed()).isCloseTo(227.0 / 365, within(1e-12));
        assertThat(o("H").timeElapsed()).isCloseTo(46.0 / 184, within(1e-12)); // 0.25
        assertThat(o("Q").timeElapsed()).isCloseTo(0.5, within(1e-12)); // 46 of 92 days
        assertThat(o("E").timeElapsed()).isEqualTo(1.0); // ended
        assertThat(o("X").timeElapsed()).isEqualTo(0.0); // not begun
        assertThat(o("B").timeElapsed()).isNull();
    }

    @Test
    void reportsUnknownIdsCyclesAndBadPeriodsAtTheirCells() {
        assertThat(problem("cycle")).satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.place()).isEqualTo(Place.cell("okrs.xlsx", "OKRs", "G6"));
            assertThat(p.message()).contains("C1 → C2 → C1");
        });
        assertThat(problem("\"NOPE\"").place()).isEqualTo(Place.cell("okrs.xlsx", "OKRs", "G8"));
        assertThat(problem("\"NOPE\"").message()).contains("objectives table");
        assertThat(problem("\"K9\"").place()).isEqualTo(Place.cell("okrs.xlsx", "OKRs", "I8"));
        assertThat(problem("\"NOPE2\"").place()).isEqualTo(Place.cell("okrs.xlsx", "kpis", "F6"));
        assertThat(problem("\"ZZ\"").place()).isEqualTo(Place.cell("okrs.xlsx", "roadmap", "D6"));
        assertThat(problem("next spring")).satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.place()).isEqualTo(Place.cell("okrs.xlsx", "OKRs", "D9"));
            assertThat(p.message()).contains("Q3 2026");
        });
        assertThat(problem("both start and end").place()).isEqualTo(Place.cell("okrs.xlsx", "OKRs", "F10"));
    }

    @Test
    void dataJsonListsObjectivesWithTheirFigures() throws Exception {
        io.roadcase.render.MemoryOutput out = new io.roadcase.render.MemoryOutput();
        io.roadcase.json.DataJson.write(report, out);
        String json = out.text(io.roadcase.json.DataJson.FILE);
        String objectives = json.substring(json.indexOf("\"objectives\" : ["), json.indexOf("\"problems\" : ["));
        String h = objectives.substring(objectives.indexOf("\"id\" : \"H\""), objectives.indexOf("\"id\" : \"Q\""));
        assertThat(h).contains("\"period\" : \"H2 2026\"", "\"parent\" : \"G\"", "\"status\" : \"at-risk\"",
                "\"statusComputed\" : true", "\"kpi\" : \"K2\"", "\"depth\" : 1");
        assertThat(number(h, "keyResultProgress")).isCloseTo(0.775, within(1e-12));
        assertThat(number(h, "overallKeyResultProgress")).isCloseTo(0.85, within(1e-12));
        assertThat(number(h, "initiativesDone")).isEqualTo(1.0);
        assertThat(number(h, "timeElapsed")).isEqualTo(0.25);
        String g = objectives.substring(objectives.indexOf("\"id\" : \"G\""), objectives.indexOf("\"id\" : \"H\""));
        assertThat(g).contains("\"keyResultProgress\" : null", "\"initiativesDone\" : null");
        assertThat(json).contains("\"objective\" : \"Q\"");
    }

    private static double number(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\" : ([-0-9.Ee]+)").matcher(json);
        assertThat(m.find()).as(field).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static ObjectiveFigures o(String id) {
        return report.objective(id);
    }

    private static Problem problem(String text) {
        return problems.stream().filter(p -> p.message().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with " + text + " in " + problems));
    }
}
