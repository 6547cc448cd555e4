package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.changes.Comparison;
import io.roadcase.changes.Snapshot;
import io.roadcase.changes.Snapshot.Item;
import io.roadcase.model.Report;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bar whose end slipped since the baseline shows its previous end, in the picture and in its description. */
class SlippedTimelineTest {

    private final Report plain = Fixtures.report();
    private final Theme theme = Theme.of(plain.settings());

    @Test
    void aSlippedBarShowsItsPreviousEndAsADashedMarkerAndSaysSo() throws Exception {
        Report slipped = slipped("CHK-1", 28);

        String before = svg(plain, ChartNames.ROADMAP_TIMELINE);
        String after = svg(slipped, ChartNames.ROADMAP_TIMELINE);
        SvgFile file = SvgFile.parse(after.getBytes(StandardCharsets.UTF_8));

        assertThat(file.child("desc")).endsWith(" 1 end slipped since the baseline (dashed: the previous end): "
                + "CHK-1 from 31 Jan 2027 to 28 Feb 2027.");
        assertThat(SvgFile.parse(before.getBytes(StandardCharsets.UTF_8)).child("desc")).doesNotContain("slipped");
        assertThat(file.textContents(theme)).contains("Previous end (slipped since the baseline)")
                // Cut to the room beside the bar; the description has the whole date.
                .anyMatch(t -> t.startsWith("In progress · 45.0% · was to en"));
        // One dashed marker on the bar and one in the legend.
        assertThat(dashes(after)).isEqualTo(dashes(before) + 2);
    }

    @Test
    void theCaseTimelineMarksTheSlipToo() throws Exception {
        Report slipped = slipped("CHK-2", 10);

        String svg = svg(slipped, ChartNames.caseTimeline("checkout"));

        assertThat(SvgFile.parse(svg.getBytes(StandardCharsets.UTF_8)).child("desc"))
                .contains("CHK-2 from 21 May 2027 to 31 May 2027");
    }

    @Test
    void aSlippedMilestoneShowsWhereItWas() throws Exception {
        Report slipped = slipped("GA-1", 7);

        String svg = svg(slipped, ChartNames.ROADMAP_TIMELINE);

        assertThat(SvgFile.parse(svg.getBytes(StandardCharsets.UTF_8)).textContents(theme))
                .anyMatch(t -> t.startsWith("Milestone 28 Feb 2027") && t.endsWith("was to end 21 Feb 2027"));
        assertThat(dashes(svg)).isEqualTo(dashes(svg(plain, ChartNames.ROADMAP_TIMELINE)) + 2);
    }

    /** The fixtures compared with a baseline where {@code id} ended {@code days} earlier (start unchanged). */
    private static Report slipped(String id, int days) {
        Report report = Fixtures.report();
        Snapshot now = Snapshot.of(report);
        List<Item> items = new ArrayList<>();
        for (Item i : now.initiatives()) {
            items.add(i.id().equals(id) ? new Item(i.id(), i.title(), i.status(), i.start(), i.end().minusDays(days),
                    i.horizon(), i.progress(), i.confidence(), i.dependsOn(), i.fundingCase()) : i);
        }
        Snapshot before = new Snapshot(LocalDate.of(2026, 10, 24), "Last month", items, now.kpis(),
                now.fundingCases(), now.risks(), now.stakeholders());
        return report.withChanges(Comparison.compare(before, now));
    }

    private static String svg(Report report, String name) {
        Chart chart = Charts.of(report).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        return new String(SvgEncoder.encode(chart), StandardCharsets.UTF_8);
    }

    private static int dashes(String svg) {
        return svg.split("stroke-dasharray", -1).length - 1;
    }
}
