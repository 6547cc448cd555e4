package io.roadcase.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservationTest {

    private final List<Observation> rows = new ArrayList<>();

    private ObservationTest row(String kpi, String date) {
        rows.add(new Observation(kpi, LocalDate.parse(date), rows.size(), null, null, Origin.NONE));
        return this;
    }

    @Test
    void namesItsOwnRowWhenItSharesItsTablesOrigin() {
        Origin table = new Origin("kpis.xlsx", "kpi_values", 2, Map.of("value", "C"));
        Observation shared = new Observation("k", LocalDate.of(2026, 1, 1), 5, null, null, table, 9);
        Origin own = new Origin("kpis.xlsx", "kpi_values", 9, Map.of("value", "C"));
        assertThat(shared.origin()).isEqualTo(own);
        assertThat(shared.origin().at("value")).isEqualTo(Place.cell("kpis.xlsx", "kpi_values", "C9"));
        assertThat(shared).isEqualTo(new Observation("k", LocalDate.of(2026, 1, 1), 5, null, null, own))
                .hasSameHashCodeAs(new Observation("k", LocalDate.of(2026, 1, 1), 5, null, null, own))
                .isNotEqualTo(new Observation("k", LocalDate.of(2026, 1, 1), 5, null, null, table));
    }

    @Test
    void groupsByKpiInTheOrderOfEachFirstRowKeepingInputOrder() {
        row("b", "2026-01-01").row("a", "2026-01-01").row("b", "2026-02-01").row("b", "2026-03-01")
                .row("a", "2026-02-01").row("c", "2026-01-01");
        var groups = Observation.byKpi(rows);
        assertThat(groups.keySet()).containsExactly("b", "a", "c");
        assertThat(groups.get("b")).extracting(Observation::value).containsExactly(0.0, 2.0, 3.0);
        assertThat(groups.get("a")).extracting(Observation::value).containsExactly(1.0, 4.0);
        assertThat(Observation.byKpi(List.of())).isEmpty();
    }

    @Test
    void ordersByDateKeepingRowsOfOneDateInInputOrder() {
        row("k", "2026-03-01").row("k", "2026-01-01").row("k", "2026-03-01").row("k", "2026-02-01")
                .row("k", "2026-01-01");
        assertThat(Observation.byDate(rows)).extracting(Observation::value).containsExactly(1.0, 4.0, 3.0, 0.0, 2.0);
        assertThat(rows).extracting(Observation::value).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void leavesRowsInDateOrderAsTheyAreButUnmodifiable() {
        row("k", "2026-01-01").row("k", "2026-01-01").row("k", "2026-02-01");
        List<Observation> ordered = Observation.byDate(rows);
        assertThat(ordered).containsExactlyElementsOf(rows);
        assertThatThrownBy(() -> ordered.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
