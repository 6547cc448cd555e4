package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private final Report report = Fixtures.report();
    private final Theme theme = Theme.of(report.settings());
    private final List<Chart> charts = Charts.of(report);

    private SvgFile svg(String name) throws Exception {
        Chart chart = charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        return SvgFile.parse(SvgEncoder.encode(chart));
    }

    @Test
    void drawsPortfolioThenKpiThenCaseCharts() {
        assertThat(charts).extracting(Chart::name).containsExactly(
                ChartNames.ROADMAP_TIMELINE, ChartNames.PORTFOLIO_NPV_ASK, ChartNames.PORTFOLIO_KPI_STATUS,
                ChartNames.PORTFOLIO_RISKS,
                ChartNames.kpiTrend("conv"), ChartNames.kpiSparkline("conv"),
                ChartNames.kpiTrend("mttr"), ChartNames.kpiSparkline("mttr"),
                ChartNames.kpiTrend("nps"), ChartNames.kpiSparkline("nps"),
                ChartNames.caseCumulative("checkout"), ChartNames.caseTornado("checkout"),
                ChartNames.caseScenarios("checkout"), ChartNames.caseRisks("checkout"),
                ChartNames.caseTimeline("checkout"));
    }

    @Test
    void leavesOutChartsOfACaseWithoutCashFlows() {
        assertThat(charts).extracting(Chart::name).noneMatch(n -> n.startsWith("case-data-lake"));
    }

    @Test
    void kpiTrendShowsActualTargetForecastNotesAndStatusInWords() throws Exception {
        SvgFile svg = svg(ChartNames.kpiTrend("conv"));
        assertThat(svg.textContents(theme)).contains("Actual", "Target", "Forecast to target date",
                "Status: Off target", "Release 4.2 (1 Jun 2026)", "4.5%", "5.0%");
        Chart chart = charts.stream().filter(c -> c.name().equals(ChartNames.kpiTrend("conv"))).findFirst().orElseThrow();
        assertThat(new String(SvgEncoder.encode(chart), StandardCharsets.UTF_8))
                .as("the forecast is dashed").contains("stroke-dasharray");
    }

    @Test
    void timelineListsEveryInitiativeWithItsStatusInWords() throws Exception {
        List<String> texts = svg(ChartNames.ROADMAP_TIMELINE).textContents(theme);
        assertThat(texts).contains("Growth", "Reliability", "CHK-1 One-click checkout", "OPS-7 Incident automation",
                "In progress · 45.0%", "At risk · overdue · 70.0%", "Report date 24 Nov 2026", "Q1 FY27");
        assertThat(texts).anyMatch(t -> t.startsWith("Milestone 28 Feb 2027"));
    }

    @Test
    void caseTimelineHoldsOnlyTheCaseInitiatives() throws Exception {
        List<String> texts = svg(ChartNames.caseTimeline("checkout")).textContents(theme);
        assertThat(texts).contains("CHK-1 One-click checkout", "CHK-2 Saved cards")
                .doesNotContain("OPS-7 Incident automation");
    }

    @Test
    void fundingChartsNameTheirLinesAndMarkPayback() throws Exception {
        assertThat(svg(ChartNames.caseTornado("checkout")).textContents(theme))
                .contains("benefit: Revenue uplift", "cost: Engineering", "cost: Licences");
        assertThat(svg(ChartNames.caseCumulative("checkout")).textContents(theme))
                .contains("Payback 2.0 years", "Cumulative: Pessimistic", "Cumulative: Optimistic", "2027", "2030");
        assertThat(svg(ChartNames.caseScenarios("checkout")).textContents(theme))
                .as("value labels read as on the site; the subtitle names the currency")
                .contains("Base", "Pessimistic", "Optimistic", "-180,000");
    }

    @Test
    void riskHeatMapNumbersEachRiskAndSaysItsRating() throws Exception {
        List<String> texts = svg(ChartNames.PORTFOLIO_RISKS).textContents(theme);
        assertThat(texts).contains("1", "2", "Payment provider delays API: likelihood 3 × impact 4 = 12, high",
                "Pager fatigue: likelihood 4 × impact 2 = 8, high", "Critical (score 15–25)");
    }

    @Test
    void portfolioChartsShowNpvAskAndStatusCounts() throws Exception {
        assertThat(svg(ChartNames.PORTFOLIO_NPV_ASK).textContents(theme))
                .contains("Checkout modernisation", "450,000", "214,164", "Ask", "NPV");
        assertThat(svg(ChartNames.PORTFOLIO_KPI_STATUS).textContents(theme))
                .contains("On target", "Near target", "Off target", "No target", "No data");
    }
}
