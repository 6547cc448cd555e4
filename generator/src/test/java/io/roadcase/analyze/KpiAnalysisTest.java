package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.model.Direction;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KPI figures: status against the effective target, change, trend and forecast. */
class KpiAnalysisTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static Kpi kpi(Direction direction, Double target, Double baseline, LocalDate targetDate) {
        return new Kpi("k", "KPI", "", direction, target, targetDate, baseline, 0.10, "", "", "", null, Map.of(),
                Origin.NONE);
    }

    private static Observation obs(LocalDate date, double value) {
        return new Observation("k", date, value, null, null, Origin.NONE);
    }

    private static List<Observation> monthly(double... values) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(obs(JAN.plusMonths(i), values[i]));
        }
        return list;
    }

    private static KpiFigures analyze(Kpi kpi, List<Observation> observations) {
        return KpiAnalysis.analyze(kpi, observations, List.of(), List.of());
    }

    @ParameterizedTest(name = "{0} latest {2} vs target {1}: {3}")
    @CsvSource({
        "HIGHER, 100, 100, GREEN, 0",
        "HIGHER, 100, 120, GREEN, 0",
        "HIGHER, 100, 90, AMBER, 0.1",
        "HIGHER, 100, 89, RED, 0.11",
        "LOWER, 30, 25, GREEN, 0",
        "LOWER, 30, 33, AMBER, 0.1",
        "LOWER, 30, 40, RED, 0.3333333333333333",
        "HIGHER, -50, -54, AMBER, 0.08",
    })
    void statusComparesTheLatestValueWithTheTargetAndTolerance(Direction direction, double target, double latest,
            KpiStatus status, double gap) {
        KpiFigures figures = analyze(kpi(direction, target, null, null), monthly(0, latest));
        assertThat(figures.status()).isEqualTo(status);
        assertThat(figures.gap()).isCloseTo(gap, within(1e-12));
    }

    @Test
    void withoutObservationsStatusIsNoData() {
        KpiFigures figures = analyze(kpi(Direction.HIGHER, 10.0, 5.0, JAN), List.of());
        assertThat(figures.status()).isEqualTo(KpiStatus.NO_DATA);
        assertThat(figures.latest()).isNull();
        assertThat(figures.gap()).isNull();
        assertThat(figures.trend()).isNull();
        assertThat(figures.progressFromBaseline()).isNull();
        assertThat(figures.target()).isEqualTo(10.0);
    }

    @Test
    void withoutTargetStatusIsNoTargetAndTargetFiguresAreEmpty() {
        KpiFigures figures = analyze(kpi(Direction.HIGHER, null, 1.0, JAN.plusYears(1)), monthly(1, 2, 3));
        assertThat(figures.status()).isEqualTo(KpiStatus.NO_TARGET);
        assertThat(figures.gap()).isNull();
        assertThat(figures.progressFromBaseline()).isNull();
        assertThat(figures.forecastAtTargetDate()).as("a forecast needs no target").isNotNull();
        assertThat(figures.forecastMeetsTarget()).isNull();
    }

    @Test
    void targetZeroIsRedWhenMissedAndGreenWhenMet() {
        KpiFigures missed = analyze(kpi(Direction.LOWER, 0.0, null, null), monthly(0.001));
        assertThat(missed.status()).isEqualTo(KpiStatus.RED);
        assertThat(missed.gap()).isNull();
        KpiFigures met = analyze(kpi(Direction.LOWER, 0.0, null, null), monthly(0));
        assertThat(met.status()).isEqualTo(KpiStatus.GREEN);
        assertThat(met.gap()).isEqualTo(0.0);
    }

    @Test
    void oneObservationHasStatusButNoChangeTrendOrForecast() {
        KpiFigures figures = analyze(kpi(Direction.HIGHER, 10.0, 0.0, JAN.plusYears(1)), monthly(5));
        assertThat(figures.status()).isEqualTo(KpiStatus.RED);
        assertThat(figures.previous()).isNull();
        assertThat(figures.delta()).isNull();
        assertThat(figures.deltaPct()).isNull();
        assertThat(figures.trend()).isNull();
        assertThat(figures.forecastAtTargetDate()).isNull();
        assertThat(figures.forecastMeetsTarget()).isNull();
        assertThat(figures.progressFromBaseline()).isEqualTo(0.5);
    }

    @Test
    void latestObservationsOwnTargetWinsOverTheKpiTarget() {
        List<Observation> observations = List.of(
                new Observation("k", JAN, 50, 40.0, null, Origin.NONE),
                new Observation("k", JAN.plusMonths(1), 60, 80.0, null, Origin.NONE));
        KpiFigures figures = analyze(kpi(Direction.HIGHER, 50.0, null, null), observations);
        assertThat(figures.target()).isEqualTo(80.0);
        assertThat(figures.status()).isEqualTo(KpiStatus.RED);
        assertThat(figures.gap()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void earlierObservationsTargetDoesNotApplyToTheLatest() {
        List<Observation> observations = List.of(
                new Observation("k", JAN, 50, 40.0, null, Origin.NONE), obs(JAN.plusMonths(1), 60));
        assertThat(analyze(kpi(Direction.HIGHER, 50.0, null, null), observations).target()).isEqualTo(50.0);
    }

    @Test
    void observationsAreOrderedByDateWhateverTheInputOrder() {
        List<Observation> observations = List.of(obs(JAN.plusMonths(2), 30), obs(JAN, 10), obs(JAN.plusMonths(1), 20));
        KpiFigures figures = analyze(kpi(Direction.HIGHER, 100.0, null, null), observations);
        assertThat(figures.observations()).extracting(Observation::value).containsExactly(10.0, 20.0, 30.0);
        assertThat(figures.latest().value()).isEqualTo(30.0);
        assertThat(figures.previous().value()).isEqualTo(20.0);
        assertThat(figures.delta()).isEqualTo(10.0);
        assertThat(figures.deltaPct()).isEqualTo(0.5);
    }

    @Test
    void deltaPctIsEmptyWhenThePreviousValueIsZeroAndUsesItsMagnitudeOtherwise() {
        assertThat(analyze(kpi(Direction.HIGHER, 1.0, null, null), monthly(0, 5)).deltaPct()).isNull();
        assertThat(analyze(kpi(Direction.HIGHER, 1.0, null, null), monthly(-10, -5)).deltaPct()).isEqualTo(0.5);
    }

    @Test
    void trendFollowsTheKpiDirection() {
        assertThat(analyze(kpi(Direction.HIGHER, 1.0, null, null), monthly(1, 2, 3)).trend()).isEqualTo(Trend.IMPROVING);
        assertThat(analyze(kpi(Direction.LOWER, 1.0, null, null), monthly(1, 2, 3)).trend()).isEqualTo(Trend.WORSENING);
        assertThat(analyze(kpi(Direction.LOWER, 1.0, null, null), monthly(3, 2, 1)).trend()).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void smallChangeOverTheWindowIsFlat() {
        // Rises 0.5 over the window against a mean of 100: 0.5 % of it, under the 1 % threshold.
        assertThat(analyze(kpi(Direction.HIGHER, 1.0, null, null),
                List.of(obs(JAN, 99.75), obs(JAN.plusDays(100), 100.25))).trend()).isEqualTo(Trend.FLAT);
        // Rises 2 against a mean of 100: 2 %.
        assertThat(analyze(kpi(Direction.HIGHER, 1.0, null, null),
                List.of(obs(JAN, 99), obs(JAN.plusDays(100), 101))).trend()).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void trendUsesOnlyTheLastSixObservations() {
        // Falling early, then rising in the last six.
        KpiFigures figures = analyze(kpi(Direction.HIGHER, 100.0, null, null),
                monthly(100, 80, 60, 40, 20, 21, 22, 23, 24, 25));
        assertThat(figures.trend()).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void forecastExtendsTheLineToTheTargetDate() {
        List<Observation> observations = List.of(obs(JAN, 10), obs(JAN.plusDays(10), 20), obs(JAN.plusDays(20), 30));
        KpiFigures reaches = analyze(kpi(Direction.HIGHER, 50.0, null, JAN.plusDays(40)), observations);
        assertThat(reaches.forecastAtTargetDate()).isCloseTo(50, within(1e-9));
        assertThat(reaches.forecastMeetsTarget()).isTrue();
        KpiFigures misses = analyze(kpi(Direction.HIGHER, 50.0, null, JAN.plusDays(39)), observations);
        assertThat(misses.forecastMeetsTarget()).isFalse();
    }

    @Test
    void progressFromBaselineIsTheShareOfTheWayToTarget() {
        assertThat(analyze(kpi(Direction.LOWER, 30.0, 90.0, null), monthly(45)).progressFromBaseline())
                .isCloseTo(0.75, within(1e-12));
        assertThat(analyze(kpi(Direction.LOWER, 30.0, 30.0, null), monthly(45)).progressFromBaseline()).isNull();
    }

    @Test
    void linkedInitiativesAndCasesArePassedThrough() {
        KpiFigures figures = KpiAnalysis.analyze(kpi(Direction.HIGHER, 1.0, null, null), monthly(1), List.of("I-1"),
                List.of("case"));
        assertThat(figures.initiatives()).containsExactly("I-1");
        assertThat(figures.cases()).containsExactly("case");
    }
}
