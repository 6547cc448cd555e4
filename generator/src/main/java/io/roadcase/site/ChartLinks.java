package io.roadcase.site;

import io.roadcase.chart.Chart;
import io.roadcase.chart.ChartNames;
import io.roadcase.chart.Charts;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.SensitivityLine;
import io.roadcase.model.Initiative;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Observation;
import io.roadcase.model.Report;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The charts a page may show, with the alt text of each. Which charts exist is decided in one place,
 * {@link Charts#of} (a chart is drawn only when its data exists), so pages link only to those. The alt
 * text is the site's fuller wording where it has one, else the chart's own description.
 */
public final class ChartLinks {

    private final Map<String, String> altByName = new LinkedHashMap<>();

    /** @param charts the charts drawn for this report ({@link Charts#of}) */
    public ChartLinks(Report report, List<Chart> charts, PageFormats fmt) {
        Map<String, String> alts = siteAlts(report, fmt);
        for (Chart chart : charts) {
            altByName.put(chart.name(), alts.getOrDefault(chart.name(), chart.description()));
        }
    }

    /** The site's wording for the charts it describes in more detail than the chart itself. */
    private static Map<String, String> siteAlts(Report report, PageFormats fmt) {
        Map<String, String> alts = new HashMap<>();
        List<RoadmapItem> dated = report.initiatives().stream()
                .filter(i -> i.initiative().start() != null || i.initiative().end() != null).toList();
        if (!dated.isEmpty()) {
            alts.put(ChartNames.ROADMAP_TIMELINE, timelineAlt(dated, fmt));
        }
        for (KpiFigures k : report.kpis()) {
            if (!k.observations().isEmpty()) {
                alts.putIfAbsent(ChartNames.kpiTrend(k.id()), kpiAlt(k, fmt));
                alts.putIfAbsent(ChartNames.kpiSparkline(k.id()), sparklineAlt(k, fmt));
            }
        }
        for (CaseFigures c : report.fundingCases()) {
            String title = c.fundingCase().title();
            alts.putIfAbsent(ChartNames.caseCumulative(c.id()), cumulativeAlt(c, fmt));
            alts.putIfAbsent(ChartNames.caseTornado(c.id()), tornadoAlt(c, report, fmt));
            if (!c.risks().isEmpty()) {
                RiskFigures top = c.risks().stream().max(Comparator.comparingInt(RiskFigures::score)).orElseThrow();
                alts.putIfAbsent(ChartNames.caseRisks(c.id()), "Risk heat map of " + title + ": " + c.risks().size()
                        + " risks placed by likelihood and impact; highest: " + top.risk().risk() + " (score "
                        + top.score() + ", " + fmt.label(top.rating()).toLowerCase(Locale.ROOT) + ").");
            }
        }
        return alts;
    }

    /** Whether the chart is drawn, so a page may show it. */
    public boolean has(String name) {
        return altByName.containsKey(name);
    }

    /** What the chart shows, in words, for its alt text. */
    public String alt(String name) {
        String alt = altByName.get(name);
        if (alt == null) {
            throw new IllegalArgumentException("No chart named " + name + " is drawn for this report");
        }
        return alt;
    }

    /** Every chart the pages may link to. */
    public Set<String> names() {
        return altByName.keySet();
    }

    // The names of the charts, for templates (they cannot reach ChartNames' static methods).

    public String roadmapTimeline() {
        return ChartNames.ROADMAP_TIMELINE;
    }

    public String kpiTrend(String kpiId) {
        return ChartNames.kpiTrend(kpiId);
    }

    public String kpiSparkline(String kpiId) {
        return ChartNames.kpiSparkline(kpiId);
    }

    public String caseCumulative(String caseId) {
        return ChartNames.caseCumulative(caseId);
    }

    public String caseScenarios(String caseId) {
        return ChartNames.caseScenarios(caseId);
    }

    public String caseTornado(String caseId) {
        return ChartNames.caseTornado(caseId);
    }

    public String caseRisks(String caseId) {
        return ChartNames.caseRisks(caseId);
    }

    public String caseTimeline(String caseId) {
        return ChartNames.caseTimeline(caseId);
    }

    public String userChart(String chartId) {
        return ChartNames.userChart(chartId);
    }

    public String portfolioNpvAsk() {
        return ChartNames.PORTFOLIO_NPV_ASK;
    }

    public String portfolioKpiStatus() {
        return ChartNames.PORTFOLIO_KPI_STATUS;
    }

    public String portfolioRisks() {
        return ChartNames.PORTFOLIO_RISKS;
    }

    private static String timelineAlt(List<RoadmapItem> dated, PageFormats fmt) {
        LocalDate first = dated.stream().map(RoadmapItem::initiative)
                .flatMap(i -> Stream.of(i.start(), i.end())).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = dated.stream().map(RoadmapItem::initiative)
                .flatMap(i -> Stream.of(i.start(), i.end())).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElseThrow();
        long milestones = dated.stream().map(RoadmapItem::initiative).filter(Initiative::milestone).count();
        return "Timeline of " + dated.size() + " initiatives by theme from " + fmt.date(first) + " to "
                + fmt.date(last)
                + (milestones == 1 ? ", with 1 milestone"
                        : milestones > 1 ? ", with " + milestones + " milestones" : "")
                + ". The table below lists the same dates.";
    }

    private static String kpiAlt(KpiFigures k, PageFormats fmt) {
        List<Observation> obs = k.observations();
        String s = "Line chart of " + k.kpi().name() + ": " + obs.size() + " values from "
                + fmt.date(obs.get(0).date()) + " to " + fmt.date(obs.get(obs.size() - 1).date()) + ", latest "
                + fmt.kpiValue(k.kpi(), k.latest().value());
        if (k.target() != null) {
            s += " against a target of " + fmt.kpiValue(k.kpi(), k.target());
        }
        return s + ".";
    }

    private static String sparklineAlt(KpiFigures k, PageFormats fmt) {
        List<Observation> obs = k.observations();
        String s = "Trend of " + k.kpi().name() + " from " + fmt.kpiValue(k.kpi(), obs.get(0).value()) + " to "
                + fmt.kpiValue(k.kpi(), k.latest().value());
        return k.trend() == null ? s + "." : s + ", " + fmt.label(k.trend()).toLowerCase(Locale.ROOT) + ".";
    }

    private static String cumulativeAlt(CaseFigures c, PageFormats fmt) {
        String currency = c.fundingCase().currency();
        String s = "Cumulative net cash flow of " + c.fundingCase().title() + " by period";
        if (!c.periods().isEmpty()) {
            CaseFigures.PeriodRow last = c.periods().get(c.periods().size() - 1);
            s += ", ending at " + fmt.money(last.cumulative(), currency) + " (discounted "
                    + fmt.money(last.discountedCumulative(), currency) + ")";
        }
        return s + "; payback " + fmt.years(c.paybackYears()) + ".";
    }

    private static String tornadoAlt(CaseFigures c, Report report, PageFormats fmt) {
        String s = "Tornado chart: npv of " + c.fundingCase().title() + " when one cash-flow line moves by ±"
                + fmt.percent(report.settings().sensitivity());
        if (!c.sensitivity().isEmpty()) {
            SensitivityLine top = c.sensitivity().get(0);
            String currency = c.fundingCase().currency();
            s += "; the largest swing is " + top.category() + " (" + fmt.money(top.npvLow(), currency) + " to "
                    + fmt.money(top.npvHigh(), currency) + ")";
        }
        return s + ".";
    }
}
