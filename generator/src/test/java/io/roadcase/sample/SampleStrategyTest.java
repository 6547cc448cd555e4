package io.roadcase.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.analyze.Analyzer;
import io.roadcase.check.Checker;
import io.roadcase.model.Initiative;
import io.roadcase.model.ObjectiveStatus;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.read.PortfolioReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample data's objectives and epic, read, checked and analysed as the sample site shows them. */
class SampleStrategyTest {

    static Report report;
    static List<Problem> problems;

    @BeforeAll
    static void read() {
        LocalDate date = LocalDate.of(2026, 11, 24);
        PortfolioReader.ReadResult read = PortfolioReader.read(SampleDataTest.DATA, date, null);
        problems = new ArrayList<>(read.problems());
        problems.addAll(Checker.check(read.portfolio(), date));
        report = Analyzer.analyze(read.portfolio(), date, problems);
    }

    @Test
    void objectivesFormAChainThreeDeepWithKeyResultsAndNoErrors() {
        assertThat(problems).filteredOn(Problem::isError).isEmpty();
        assertThat(report.objectives()).hasSize(6);
        assertThat(report.objective("NW-2026").children()).containsExactly("NW-Q4-SELF", "NW-Q4-KEEP", "NW-MM");
        assertThat(report.objective("NW-Q4-CHK").depth()).isEqualTo(2);
        assertThat(report.objective("NW-Q4-SELF").keyResultIds()).containsExactly("trial-conversion");
        assertThat(report.objective("NW-2026").objective().period()).isEqualTo("2026");
        assertThat(report.objective("NW-MM").status()).isEqualTo(ObjectiveStatus.ON_TRACK);
        assertThat(report.objective("NW-MM").statusComputed()).isFalse();
        assertThat(report.objective("NW-Q4-CHK").initiatives()).containsExactly("GRW-320", "GRW-321", "GRW-322");
        // 24 November is 54 days after 1 October, of the 92 days of Q4 2026.
        assertThat(report.objective("NW-Q4-SELF").timeElapsed()).isCloseTo(54.0 / 92, within(1e-12));
    }

    @Test
    void theCheckoutEpicSpansAndRollsUpItsStories() {
        Initiative epic = report.initiative("GRW-320").initiative();
        assertThat(epic.start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(epic.end()).isEqualTo(LocalDate.of(2027, 2, 26));
        // (3 × 1 + 5 × 0.4 + 2 × 0) ÷ 10
        assertThat(report.initiative("GRW-320").childProgress()).isCloseTo(0.5, within(1e-12));
        Initiative story = report.initiative("GRW-322").initiative();
        assertThat(story.theme()).isEqualTo("Self-serve growth");
        assertThat(story.team()).isEqualTo("Growth");
    }
}
