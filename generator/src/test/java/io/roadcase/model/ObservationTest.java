package io.roadcase.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationTest {

    private final List<Observation> rows = new ArrayList<>();

    private ObservationTest row(String kpi, String date) {
        rows.add(new Observation(kpi, LocalDate.parse(date), rows.size(), null, null, Origin.NONE));
        return this;
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
