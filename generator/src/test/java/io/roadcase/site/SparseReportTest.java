package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Direction;
import io.roadcase.model.Horizon;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Origin;
import io.roadcase.model.PortfolioSummary;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.Settings;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Blank optional fields and empty tables give pages with dashes and hints, never a template error. */
class SparseReportTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);

    @Test
    void rendersAReportWithNoData() {
        Report empty = new Report(DATE, Settings.DEFAULTS, List.of(), List.of(), List.of(), List.of(), List.of(),
                summary(0), List.of());

        var output = SitePages.render(empty);

        assertThat(SitePages.pages(output).keySet()).containsExactlyInAnyOrder("index.html", "roadmap.html",
                "kpis.html", "funding.html");
        assertThat(output.text("index.html")).contains("No KPIs yet", "No funding cases yet", "No problems found");
        assertThat(output.text("roadmap.html")).doesNotContain("charts/");
    }

    @Test
    void rendersRecordsWithEveryOptionalFieldBlank() {
        Initiative bare = new Initiative("X-1", "Bare", null, null, null, InitiativeStatus.DONE, null, null, false,
                null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null,
                Map.of(), Origin.NONE);
        Kpi kpi = new Kpi("k", "Bare KPI", null, Direction.LOWER, null, null, null, 0.1, null, null, null, null,
                Map.of(), Origin.NONE);
        KpiFigures figures = new KpiFigures(kpi, List.of(), null, null, null, KpiStatus.NO_DATA, null, null, null,
                null, null, null, null, List.of(), List.of());
        Report report = new Report(DATE, Settings.DEFAULTS,
                List.of(new RoadmapItem(bare, null, null, null, false, List.of(), List.of())), List.of(figures),
                List.of(), List.of(), List.of(), summary(1), List.of());

        var output = SitePages.render(report);

        assertThat(output.text("initiatives/X-1.html")).contains("<h1>Bare</h1>", "No KPIs linked");
        assertThat(output.text("kpis/k.html")).contains("No values yet").doesNotContain("charts/");
        // The chart stage still draws the timeline (it lists the item as unscheduled), so the page shows it.
        assertThat(output.text("roadmap.html")).contains("Done or cancelled", RoadmapView.NO_THEME,
                RoadmapView.NO_TEAM, "charts/roadmap-timeline.svg");
    }

    private static PortfolioSummary summary(int kpisWithoutData) {
        Map<KpiStatus, Integer> counts = new EnumMap<>(KpiStatus.class);
        for (KpiStatus s : KpiStatus.values()) {
            counts.put(s, s == KpiStatus.NO_DATA ? kpisWithoutData : 0);
        }
        Map<Horizon, Integer> horizons = new EnumMap<>(Horizon.class);
        for (Horizon h : Horizon.values()) {
            horizons.put(h, 0);
        }
        return new PortfolioSummary(List.of(), counts, horizons, new LinkedHashMap<>());
    }
}
