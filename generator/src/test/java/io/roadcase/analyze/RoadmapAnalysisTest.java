package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.model.Horizon;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Origin;
import io.roadcase.model.RoadmapItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roadmap figures: horizon, RICE, WSJF, overdue, conflicts and dependents. */
class RoadmapAnalysisTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Initiative item(String id, InitiativeStatus status, LocalDate start, LocalDate end, Horizon horizon,
            List<String> dependsOn) {
        return new Initiative(id, "Item " + id, "Growth", "", "", status, start, end, false, horizon, null, null, null,
                null, null, null, null, null, null, dependsOn, List.of(), null, "", null, Map.of(), Origin.NONE);
    }

    private static Initiative scored(Double reach, Double impact, Double confidence, Double effort, Double value,
            Double criticality, Double riskReduction, Double jobSize) {
        return new Initiative("s", "Scored", "", "", "", InitiativeStatus.PLANNED, null, null, false, null, null,
                confidence, reach, impact, effort, value, criticality, riskReduction, jobSize, List.of(), List.of(),
                null, "", null, Map.of(), Origin.NONE);
    }

    @ParameterizedTest(name = "{0} {1}..{2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        "IN_PROGRESS, 2027-06-01, 2027-09-01, NOW",
        "AT_RISK, -, -, NOW",
        "BLOCKED, 2020-01-01, 2020-02-01, NOW",
        "PLANNED, 2026-11-01, 2026-12-31, NOW",
        "PLANNED, 2026-11-24, 2026-11-24, NOW",
        "PLANNED, 2026-01-01, -, NOW",
        "PLANNED, 2026-11-25, 2027-01-01, NEXT",
        "PLANNED, 2027-02-24, 2027-03-01, NEXT",
        "PLANNED, 2027-02-25, 2027-03-01, LATER",
        "PLANNED, -, -, LATER",
        "PLANNED, -, 2027-01-01, LATER",
        "PLANNED, 2026-01-01, 2026-02-01, LATER",
    })
    void derivesHorizonFromStatusAndDates(InitiativeStatus status, LocalDate start, LocalDate end, Horizon horizon) {
        assertThat(RoadmapAnalysis.horizon(item("a", status, start, end, null, List.of()), TODAY)).isEqualTo(horizon);
    }

    @Test
    void givenHorizonIsKeptButDoneAndCancelledHaveNone() {
        assertThat(RoadmapAnalysis.horizon(item("a", InitiativeStatus.IN_PROGRESS, null, null, Horizon.LATER,
                List.of()), TODAY)).isEqualTo(Horizon.LATER);
        assertThat(RoadmapAnalysis.horizon(item("a", InitiativeStatus.DONE, null, null, Horizon.NOW, List.of()), TODAY))
                .isNull();
        assertThat(RoadmapAnalysis.horizon(item("a", InitiativeStatus.CANCELLED, TODAY, TODAY, null, List.of()),
                TODAY)).isNull();
    }

    @Test
    void riceAndWsjfNeedEveryInput() {
        assertThat(RoadmapAnalysis.rice(scored(4000.0, 2.0, 0.8, 2.0, null, null, null, null)))
                .isCloseTo(3200, within(1e-9));
        assertThat(RoadmapAnalysis.rice(scored(4000.0, 2.0, null, 2.0, null, null, null, null))).isNull();
        assertThat(RoadmapAnalysis.wsjf(scored(null, null, null, null, 8.0, 5.0, 3.0, 2.0))).isEqualTo(8.0);
        assertThat(RoadmapAnalysis.wsjf(scored(null, null, null, null, 8.0, 5.0, null, 2.0))).isNull();
        assertThat(RoadmapAnalysis.wsjf(scored(null, null, null, null, 8.0, 5.0, 3.0, 0.0))).isNull();
    }

    @Test
    void overdueMeansEndedBeforeTheReportDateAndStillOpen() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(RoadmapAnalysis.overdue(item("a", InitiativeStatus.IN_PROGRESS, null, yesterday, null, List.of()),
                TODAY)).isTrue();
        assertThat(RoadmapAnalysis.overdue(item("a", InitiativeStatus.IN_PROGRESS, null, TODAY, null, List.of()),
                TODAY)).isFalse();
        assertThat(RoadmapAnalysis.overdue(item("a", InitiativeStatus.DONE, null, yesterday, null, List.of()), TODAY))
                .isFalse();
    }

    @Test
    void listsConflictingDependenciesAndDependentsInRoadmapOrder() {
        Initiative base = item("A", InitiativeStatus.PLANNED, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                null, List.of());
        Initiative early = item("B", InitiativeStatus.PLANNED, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 1),
                null, List.of("A"));
        Initiative late = item("C", InitiativeStatus.PLANNED, LocalDate.of(2027, 3, 31), null, null,
                List.of("A", "B", "missing"));
        List<RoadmapItem> items = RoadmapAnalysis.analyze(List.of(base, early, late), TODAY);
        assertThat(items).extracting(RoadmapItem::id).containsExactly("A", "B", "C");
        assertThat(items.get(0).dependents()).containsExactly("B", "C");
        assertThat(items.get(1).conflicts()).containsExactly("A");
        assertThat(items.get(2).conflicts()).as("A ends the day C starts: no conflict").containsExactly("B");
    }
}
