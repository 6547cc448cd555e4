package io.roadcase.analyze;

import static io.roadcase.Workbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.Workbook;
import io.roadcase.check.Checker;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import io.roadcase.read.PortfolioReader;
import io.roadcase.read.PortfolioReader.ReadResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roadmap items with a parent (an epic and its stories), from a real workbook; values worked out by hand. */
class EpicsTest {

    static final LocalDate REPORT_DATE = LocalDate.of(2026, 3, 16);

    @TempDir
    static Path folder;
    static Report report;

    @BeforeAll
    static void readCheckAndAnalyse() throws Exception {
        new Workbook().sheet("roadmap",
                row("id", "title", "theme", "team", "status", "start", "end", "effort", "progress", "parent"),
                row("EP", "Payments epic", "Payments", "Web", "in progress", null, null, null, null, null),
                row("S1", "Card form", null, null, "done", d(1, 1), d(2, 28), 2, null, "EP"),
                row("S2", "Wallets", "Growth", null, "in progress", d(3, 1), d(4, 30), 6, 0.5, "EP"),
                row("S3", "Cheques", null, null, "cancelled", null, null, 100, null, "EP"),
                row("T1", "Wallet tests", null, null, "in progress", d(3, 15), d(5, 31), 1, 0.25, "S2"),
                row("EC", "Counted epic", null, null, "planned", null, null, null, null, null),
                row("C1", "One", null, null, "done", d(1, 1), d(1, 31), null, null, "EC"),
                row("C2", "Two", null, null, "planned", d(2, 1), d(2, 28), 3, null, "EC"),
                row("Y1", "Loop one", null, null, "planned", null, null, null, null, "Y2"),
                row("Y2", "Loop two", null, null, "planned", null, null, null, null, "Y1"),
                row("U1", "Lost", null, null, "planned", null, null, null, null, "NOPE"),
                row("EP2", "Dated epic", null, null, "planned", d(6, 1), d(6, 30), null, null, null),
                row("K1", "Early child", null, null, "planned", d(5, 15), d(6, 10), null, null, "EP2"))
                .write(folder.resolve("plan.xlsx"));
        ReadResult read = PortfolioReader.read(folder, REPORT_DATE, null);
        List<Problem> all = new ArrayList<>(read.problems());
        all.addAll(Checker.check(read.portfolio(), REPORT_DATE));
        report = Analyzer.analyze(read.portfolio(), REPORT_DATE, all);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void childrenTakeThemeAndTeamFromTheirParentDownAChainThreeDeep() {
        assertThat(i("S1").theme()).isEqualTo("Payments");
        assertThat(i("S1").team()).isEqualTo("Web");
        assertThat(i("S2").theme()).isEqualTo("Growth"); // its own
        assertThat(i("S2").team()).isEqualTo("Web");
        assertThat(i("T1").theme()).isEqualTo("Growth");
        assertThat(i("T1").team()).isEqualTo("Web");
        assertThat(item("EP").depth()).isZero();
        assertThat(item("S2").depth()).isEqualTo(1);
        assertThat(item("T1").depth()).isEqualTo(2);
        assertThat(item("EP").children()).containsExactly("S1", "S2", "S3");
    }

    @Test
    void aParentWithoutDatesSpansItsChildren() {
        assertThat(i("EP").start()).isEqualTo(d(1, 1));
        assertThat(i("EP").end()).isEqualTo(d(4, 30)); // S2's own end; T1 is S2's, not EP's
        assertThat(i("EC").start()).isEqualTo(d(1, 1));
        assertThat(i("EC").end()).isEqualTo(d(2, 28));
        assertThat(i("EP2").start()).isEqualTo(d(6, 1)); // its own
        // Spanned dates count for the derived figures: EP runs over the report date.
        assertThat(item("EP").overdue()).isFalse();
    }

    @Test
    void progressRollsUpByEffortElseByCount() {
        // S1 done (1) × 2, S2 0.5 × 6, S3 cancelled left out: (2 + 3) ÷ 8.
        assertThat(item("EP").childProgress()).isCloseTo(0.625, within(1e-12));
        assertThat(i("EP").progress()).isCloseTo(0.625, within(1e-12)); // blank, so filled
        // S2 keeps its own 0.5; its child T1 is at 0.25.
        assertThat(i("S2").progress()).isEqualTo(0.5);
        assertThat(item("S2").childProgress()).isEqualTo(0.25);
        // C1 has no effort: by count, (1 + 0) ÷ 2.
        assertThat(item("EC").childProgress()).isEqualTo(0.5);
        assertThat(item("S1").childProgress()).isNull();
        assertThat(RoadmapHierarchy.rollUp(List.of())).isNull();
    }

    @Test
    void reportsCyclesUnknownParentsAndChildrenOutsideTheirParentsDates() {
        assertThat(problem("parent cycle")).satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("Y1 → Y2 → Y1");
            assertThat(p.place()).isEqualTo(Place.cell("plan.xlsx", "roadmap", "J10"));
        });
        assertThat(problem("\"NOPE\"").place()).isEqualTo(Place.cell("plan.xlsx", "roadmap", "J12"));
        assertThat(problem("\"NOPE\"").isError()).isTrue();
        assertThat(problem("before its parent \"EP2\"")).satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.place()).isEqualTo(Place.cell("plan.xlsx", "roadmap", "F14"));
        });
        assertThat(problem("after its parent \"S2\"").place()).isEqualTo(Place.cell("plan.xlsx", "roadmap", "G6"));
        // The cycle's members are still analysed, as items without a parent.
        assertThat(item("Y1").depth()).isZero();
        assertThat(i("Y1").status()).isEqualTo(InitiativeStatus.PLANNED);
    }

    private static RoadmapItem item(String id) {
        return report.initiative(id);
    }

    private static Initiative i(String id) {
        return item(id).initiative();
    }

    private static Problem problem(String text) {
        return report.problems().stream().filter(p -> p.message().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with " + text + " in " + report.problems()));
    }
}
