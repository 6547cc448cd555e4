package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Origin;
import io.roadcase.model.Report;
import io.roadcase.model.Risk;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RiskRating;
import io.roadcase.model.RiskStatus;
import io.roadcase.model.RoadmapItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Long Unicode labels and hundreds of rows: charts stay inside their canvas and grow instead. */
class StressTest {

    private static final String[] WORDS = {
        "数据平台迁移与客户体验统一改造计划第二阶段", "تحسين تجربة الدفع للعملاء في جميع الأسواق", "🚀🔥 Launch ✨ émoji-heavy initiative 👩‍💻",
        "A very long English title that keeps going well past any reasonable column width for a Gantt label",
        "Ünïcödé ñame with combining a\u0301 and zero\u200Bwidth"};

    private final Theme theme = Theme.of(Fixtures.report().settings());

    static List<RoadmapItem> items(int n, long seed) {
        Random random = new Random(seed);
        List<RoadmapItem> items = new ArrayList<>();
        LocalDate base = LocalDate.of(2026, 1, 1);
        for (int k = 0; k < n; k++) {
            LocalDate start = base.plusDays(random.nextInt(900));
            boolean milestone = k % 17 == 0;
            boolean undated = k % 41 == 0;
            LocalDate end = milestone ? start : start.plusDays(1 + random.nextInt(400));
            List<String> deps = k > 0 && k % 3 == 0 ? List.of("I" + random.nextInt(k)) : List.of();
            InitiativeStatus status = InitiativeStatus.values()[random.nextInt(InitiativeStatus.values().length)];
            Initiative i = new Initiative("I" + k, WORDS[k % WORDS.length] + " #" + k, "Theme " + WORDS[k % 7 % 5] + (k % 7),
                    "Team", "Owner", status, undated ? null : start, undated ? null : end, milestone, null,
                    random.nextDouble(), null, null, null, null, null, null, null, null, deps, List.of(), null, "", null,
                    Map.of(), Origin.NONE);
            items.add(new RoadmapItem(i, null, null, null, false, List.of(), List.of()));
        }
        return items;
    }

    private static Report withInitiatives(List<RoadmapItem> items, List<RiskFigures> risks) {
        Report f = Fixtures.report();
        return new Report(f.reportDate(), f.settings(), items, f.kpis(), f.fundingCases(), risks, f.stakeholders(),
                f.summary(), f.problems());
    }

    @Test
    void timelineOfFiveHundredItemsGrowsAndKeepsLabelsInside() throws Exception {
        Chart small = Charts.of(withInitiatives(items(5, 1), List.of())).get(0);
        Chart large = Charts.of(withInitiatives(items(500, 1), List.of())).get(0);
        assertThat(large.name()).isEqualTo(ChartNames.ROADMAP_TIMELINE);
        assertThat(large.height()).as("at least 12 points per row").isGreaterThan(small.height())
                .isGreaterThanOrEqualTo(RoadmapTimeline.MAX_ITEMS * 12);

        SvgFile svg = SvgFile.parse(SvgEncoder.encode(large));
        ChartWriterTest.assertTextsInside(large, svg, theme);
        ChartWriterTest.assertNoOverlap(large, svg, theme);
        assertThat(svg.textContents(theme)).anyMatch(t -> t.endsWith("…")).contains("Unscheduled");
        assertThat(PngEncoder.encode(large)).isNotEmpty();
    }

    @Test
    void aTimelineOfTenThousandItemsDrawsTheFirstFourHundredAndSaysHowManyMore() throws Exception {
        Chart capped = Charts.of(withInitiatives(items(10_000, 3), List.of())).get(0);
        Chart atLimit = Charts.of(withInitiatives(items(RoadmapTimeline.MAX_ITEMS, 3), List.of())).get(0);

        assertThat(capped.height()).as("the image stops growing").isLessThanOrEqualTo(atLimit.height() + 40);
        assertThat(capped.title()).contains("first 400 of 10,000", "and 9,600 more, see the roadmap table");
        assertThat(atLimit.title()).doesNotContain("more");
        assertThat(SvgFile.parse(SvgEncoder.encode(capped)).textContents(theme))
                .anyMatch(t -> t.contains("9,600 more"));
        assertThat(PngEncoder.encode(capped)).isNotEmpty();
    }

    @Test
    void chartsWithLongUnicodeTextsStayInsideTheCanvas() throws Exception {
        List<RiskFigures> risks = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            Risk r = new Risk(WORDS[k % WORDS.length], "checkout", null, 1 + k % 5, 1 + (k / 5) % 5, "", "",
                    k % 4 == 0 ? RiskStatus.CLOSED : RiskStatus.OPEN, Origin.NONE);
            risks.add(new RiskFigures(r, r.likelihood() * r.impact(), RiskRating.HIGH));
        }
        Report report = withInitiatives(items(40, 2), risks);
        Report hostile = Fixtures.report(String.join(" ", WORDS));
        List<Chart> charts = new ArrayList<>(Charts.of(report));
        charts.addAll(Charts.of(hostile));
        for (Chart chart : charts) {
            SvgFile svg = SvgFile.parse(SvgEncoder.encode(chart));
            ChartWriterTest.assertTextsInside(chart, svg, theme);
            ChartWriterTest.assertNoOverlap(chart, svg, theme);
        }
        Chart heatMap = charts.stream().filter(c -> c.name().equals(ChartNames.PORTFOLIO_RISKS)).findFirst()
                .orElseThrow();
        assertThat(heatMap.height()).as("the risk list grows the image").isGreaterThan(60 * 20);
    }
}
