package io.roadcase.read;

import static io.roadcase.read.Feed.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Observation;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiValuesTableTest {

    @Test
    void readsTheLongLayout() {
        Feed.Fed<Observation> fed = Feed.sheet(Tables.KPI_VALUES,
                row("Measurements export"),
                row("KPI", "Date", "Value", "Target", "Note"),
                row("conv", "2026-01", Feed.percentCell(0.031), 0.05, "launch"),
                row("conv", "2026-Q2", "3.4%", null, null),
                row("conv", LocalDate.of(2026, 7, 15), null, null, "no value yet"));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(Observation::date)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
        Observation first = fed.records().get(0);
        assertThat(first.value()).isEqualTo(0.031);
        assertThat(first.target()).isEqualTo(0.05);
        assertThat(first.note()).isEqualTo("launch");
        assertThat(fed.records().get(1).value()).isEqualTo(0.034);
        assertThat(first.origin().at("value")).isEqualTo(Place.cell("book.xlsx", "Sheet1", "C3"));
    }

    @Test
    void readsTheWideLayoutWhenThereIsNoValueColumn() {
        Feed.Fed<Observation> fed = Feed.sheet(Tables.KPI_VALUES,
                row("kpi", "2026-01", "Feb 2026", LocalDate.of(2026, 3, 31), "2026-Q2"),
                row("conv", 0.03, null, 0.032, "0.04"),
                row("mttr", 45, 40, null, null));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(o -> o.kpi() + " " + o.date() + " " + o.value()).containsExactly(
                "conv 2026-01-01 0.03", "conv 2026-03-31 0.032", "conv 2026-04-01 0.04",
                "mttr 2026-01-01 45.0", "mttr 2026-02-01 40.0");
        assertThat(fed.records().get(1).origin().at("value")).isEqualTo(Place.cell("book.xlsx", "Sheet1", "D2"));
        assertThat(fed.records().get(1).origin().at("kpi")).isEqualTo(Place.cell("book.xlsx", "Sheet1", "A2"));
    }

    @Test
    void warnsAboutWideColumnsThatAreNotDates() {
        Feed.Fed<Observation> fed = Feed.sheet(Tables.KPI_VALUES,
                row("kpi", "2026-01", "Comment"),
                row("conv", 1, "fine"));
        assertThat(fed.records()).hasSize(1);
        assertThat(fed.problems()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.place().cell()).isEqualTo("C1");
        });
    }

    @Test
    void reportsNonNumericValuesAndBadRows() {
        Feed.Fed<Observation> fed = Feed.csv(Tables.KPI_VALUES,
                row("kpi", "date", "value"),
                row("conv", "2026-01", "n/a"),
                row("bad id", "2026-02", 1),
                row("conv", "someday", 2),
                row(null, "2026-03", 3));
        assertThat(fed.records()).isEmpty();
        assertThat(fed.problems()).extracting(Problem::place).containsExactly(
                Place.csv("data.csv", 2, "value"), Place.csv("data.csv", 3, "kpi"), Place.csv("data.csv", 4, "date"),
                Place.csv("data.csv", 5, "kpi"));
        assertThat(fed.problems().get(0).message()).contains("expected a number").contains("\"n/a\"");
    }

    @Test
    void needsADateColumnInTheLongLayout() {
        Feed.Fed<Observation> fed = Feed.sheet(Tables.KPI_VALUES, row("kpi", "value"), row("conv", 1));
        assertThat(fed.records()).isEmpty();
        assertThat(fed.problems()).singleElement().extracting(Problem::message).asString().contains("no date column");
    }

    private static Settings kpiYear(Integer year) {
        return Settings.DEFAULTS.withKpiYear(year);
    }

    private static String dated(Observation o) {
        return o.kpi() + " " + o.date() + " " + o.value() + (o.target() == null ? "" : " target " + o.target());
    }

    @Test
    void monthHeadersTakeTheYearFromTheSetting() {
        Feed.Fed<Observation> fed = Feed.feed(Tables.KPI_VALUES, kpiYear(2026), "tracker.xlsx", "KPIs",
                row("KPI", "Jan", "Feb", "März", "Dez"),
                row("nps", 41, 42, 44, 47));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(KpiValuesTableTest::dated).containsExactly("nps 2026-01-01 41.0",
                "nps 2026-02-01 42.0", "nps 2026-03-01 44.0", "nps 2026-12-01 47.0");
    }

    @Test
    void aMonthThatDoesNotFollowTheOneBeforeStartsTheNextYear() {
        Feed.Fed<Observation> fed = Feed.feed(Tables.KPI_VALUES, kpiYear(2025), "tracker.xlsx", "KPIs",
                row("kpi", "Oct", "Nov", "Dec", "Jan", "Feb"),
                row("nps", 1, 2, 3, 4, 5));
        assertThat(fed.records()).extracting(Observation::date).containsExactly(LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1));
    }

    @Test
    void aYearRowAboveTheHeaderWinsOverTheSetting() {
        // Merged year cells keep their value in the first cell only: the year runs to the next year cell.
        Feed.Fed<Observation> fed = Feed.feed(Tables.KPI_VALUES, kpiYear(2020), "tracker.xlsx", "KPIs",
                row(null, "2025", null, "FY 2026"),
                row("kpi", "Nov", "Dec", "janv.", "févr."),
                row("nps", 1, 2, 3, 4));
        assertThat(fed.problems()).isEmpty();
        assertThat(fed.records()).extracting(Observation::date).containsExactly(LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        Feed.Fed<Observation> titled = Feed.sheet(Tables.KPI_VALUES,
                row("Customer KPI tracker 2026"),
                row(),
                row("kpi", "Jan", "Feb"),
                row("nps", 1, 2));
        assertThat(titled.problems()).isEmpty();
        assertThat(titled.records()).extracting(Observation::date).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1));
    }

    @Test
    void monthHeadersWithoutAnyYearAreOneErrorNamingBothFixes() {
        Feed.Fed<Observation> fed = Feed.sheet(Tables.KPI_VALUES,
                row("Tracker (updated 3 March)"),
                row("kpi", "Jan", "Feb", "Mar"),
                row("nps", 1, 2, 3),
                row("csat", 4, 5, 6));
        assertThat(fed.records()).isEmpty();
        assertThat(fed.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.place()).isEqualTo(Place.cell("book.xlsx", "Sheet1", "B2"));
            assertThat(p.message()).contains("\"Jan\"", "have no year", "row above the header",
                    "set kpi_year in settings");
        });
    }

    @Test
    void aTargetColumnInTheWideLayoutIsTheTargetOfEveryValueOfItsRow() {
        Feed.Fed<Observation> fed = Feed.sheet(Tables.KPI_VALUES,
                row("KPI", "Target", "2026-01", "2026-02", "Total"),
                row("nps", 45, 41, 42, 83),
                row("mttr", null, 30, null, 30),
                row("csat", "high", 4, 5, 9));
        assertThat(fed.records()).extracting(KpiValuesTableTest::dated).containsExactly(
                "nps 2026-01-01 41.0 target 45.0", "nps 2026-02-01 42.0 target 45.0", "mttr 2026-01-01 30.0",
                "csat 2026-01-01 4.0", "csat 2026-02-01 5.0");
        assertThat(fed.problems()).extracting(p -> p.level() + " " + p.place().cell()).containsExactly(
                "INFO E1", "ERROR B4");
        assertThat(fed.problems().get(1).message()).startsWith("column \"Target\": expected a number");
    }

    @Test
    void needsAKpiColumn() {
        Feed.Fed<Observation> fed = Feed.sheet(Tables.KPI_VALUES, row("metric", "date", "value"), row("conv", 1, 1));
        assertThat(fed.problems()).singleElement().satisfies(p -> assertThat(p.isError()).isTrue());
    }
}
