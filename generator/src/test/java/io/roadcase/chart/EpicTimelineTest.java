package io.roadcase.chart;

import static io.roadcase.Workbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Workbook;
import io.roadcase.analyze.Analyzer;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import io.roadcase.read.PortfolioReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline draws an epic as a summary bar with its children right beneath it, indented. */
class EpicTimelineTest {

    @TempDir
    Path folder;

    private Report report() throws Exception {
        new Workbook().sheet("roadmap",
                row("id", "title", "theme", "status", "start", "end", "progress", "parent"),
                row("LATE", "Late story", "Payments", "planned", d(5, 1), d(5, 31), null, null),
                row("S2", "Wallets", null, "in progress", d(3, 1), d(4, 30), 0.5, "EP"),
                row("EP", "Payments epic", "Payments", "in progress", null, null, null, null),
                row("T1", "Wallet tests", null, "planned", d(3, 15), d(4, 15), null, "S2"),
                row("S1", "Card form", null, "done", d(1, 1), d(2, 28), null, "EP"))
                .write(folder.resolve("plan.xlsx"));
        LocalDate date = LocalDate.of(2026, 3, 16);
        PortfolioReader.ReadResult read = PortfolioReader.read(folder, date, null);
        return Analyzer.analyze(read.portfolio(), date, read.problems());
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void placesChildrenBeneathTheirParentIndentedByLevel() throws Exception {
        List<RoadmapItem> lane = report().initiatives().stream()
                .sorted(java.util.Comparator.comparing(i -> i.initiative().start())).toList();
        List<RoadmapTimeline.Placed> placed = RoadmapTimeline.nested(lane);
        assertThat(placed).extracting(p -> p.item().id() + "@" + p.indent())
                .containsExactly("EP@0", "S1@1", "S2@1", "T1@2", "LATE@0");
    }

    @Test
    void drawsTheEpicAsASummaryWithItsRolledUpProgress() throws Exception {
        Report report = report();
        Chart chart = Charts.of(report).stream().filter(c -> c.name().equals(ChartNames.ROADMAP_TIMELINE))
                .findFirst().orElseThrow();
        List<String> texts = SvgFile.parse(SvgEncoder.encode(chart)).textContents(Theme.of(report.settings()));
        // S1 done counts 1, S2 0.5: by count, 75 %.
        assertThat(texts).contains("Summary · In progress · 75.0%", "Summary of the items beneath (thin bar)");
        assertThat(texts.indexOf("EP Payments epic")).isLessThan(texts.indexOf("S1 Card form"));
        assertThat(texts.indexOf("S1 Card form")).isLessThan(texts.indexOf("S2 Wallets"));
        assertThat(texts.indexOf("S2 Wallets")).isLessThan(texts.indexOf("T1 Wallet tests"));
        assertThat(texts.indexOf("T1 Wallet tests")).isLessThan(texts.indexOf("LATE Late story"));
    }
}
