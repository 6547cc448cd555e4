package io.roadcase.chart;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every chart of a report, named by {@link ChartNames}, in a fixed order: the portfolio charts, then
 * each KPI, then each funding case. A chart without data is left out, and pages must check a chart
 * exists before linking it:
 * <ul>
 * <li>{@code roadmap-timeline}: no initiatives;</li>
 * <li>{@code portfolio-npv-ask}: no case has an npv or an ask;</li>
 * <li>{@code portfolio-kpi-status}: no KPIs;</li>
 * <li>{@code portfolio-risks} and {@code case-<id>-risks}: no risks;</li>
 * <li>{@code kpi-<id>} and {@code kpi-<id>-spark}: a KPI without observations;</li>
 * <li>{@code case-<id>-cumulative}: a case without cash flows;</li>
 * <li>{@code case-<id>-tornado}: no sensitivity lines or no npv;</li>
 * <li>{@code case-<id>-scenarios}: fewer than two scenarios with an npv;</li>
 * <li>{@code case-<id>-timeline}: no initiative linked to the case;</li>
 * <li>{@code user/<id>}: one per chart of the user's charts table that resolved.</li>
 * </ul>
 * A second KPI or case with the same id (an error the checks report) gets no charts, nor does a chart
 * whose name is taken already or could not be a plain file name (a path separator, a leading dot or a
 * control character in an id), so no chart ever writes outside {@code charts/} or over another.
 */
public final class Charts {

    private Charts() {
    }

    public static List<Chart> of(Report report) {
        Theme theme = Theme.of(report.settings());
        List<Chart> charts = new ArrayList<>();
        if (!report.initiatives().isEmpty()) {
            charts.add(new RoadmapTimeline(theme, ChartNames.ROADMAP_TIMELINE, "Roadmap", report.initiatives(),
                    report.reportDate(), previousEnds(report)));
        }
        PortfolioCharts.npvAsk(theme, report.fundingCases()).ifPresent(charts::add);
        if (!report.kpis().isEmpty() && report.summary() != null) {
            charts.add(new KpiStatusChart(theme, report.summary().kpiStatusCounts()));
        }
        if (!report.risks().isEmpty()) {
            charts.add(new RiskHeatMap(theme, ChartNames.PORTFOLIO_RISKS, "Risks across the portfolio", report.risks()));
        }
        Set<String> kpiIds = new HashSet<>();
        for (KpiFigures kpi : report.kpis()) {
            if (!kpi.observations().isEmpty() && kpiIds.add(kpi.id())) {
                charts.add(new KpiTrendChart(theme, kpi));
                charts.add(new KpiSparkline(theme, kpi));
            }
        }
        Set<String> caseIds = new HashSet<>();
        for (CaseFigures c : report.fundingCases()) {
            if (caseIds.add(c.id())) {
                addCase(charts, theme, report, c);
            }
        }
        report.userCharts().forEach(figures -> charts.add(new UserChartDrawing(theme, figures)));
        Map<String, Chart> byName = new LinkedHashMap<>();
        for (Chart chart : charts) {
            if (isFileName(chart.name())) {
                byName.putIfAbsent(chart.name(), chart);
            }
        }
        return List.copyOf(byName.values());
    }

    /** A name of one or two plain segments ({@code roadmap-timeline}, {@code kpi-trend/<id>}). */
    private static boolean isFileName(String name) {
        String[] segments = name.split("/", -1);
        return segments.length <= 2 && java.util.Arrays.stream(segments).allMatch(s -> !s.isEmpty()
                && !s.startsWith(".") && s.chars().noneMatch(c -> c == '\\' || c == ':' || Character.isISOControl(c)));
    }

    private static void addCase(List<Chart> charts, Theme theme, Report report, CaseFigures c) {
        String title = Canvas.clean(c.fundingCase().title());
        if (!c.periods().isEmpty()) {
            charts.add(new CumulativeCashChart(theme, c));
        }
        if (c.npv() != null && !c.sensitivity().isEmpty()) {
            charts.add(new TornadoChart(theme, c, report.settings().sensitivity()));
        }
        if (c.scenarios().stream().filter(s -> s.npv() != null).count() >= 2) {
            charts.add(PortfolioCharts.scenarios(theme, c));
        }
        if (!c.risks().isEmpty()) {
            charts.add(new RiskHeatMap(theme, ChartNames.caseRisks(c.id()), title + " · risks", c.risks()));
        }
        List<RoadmapItem> linked = report.initiatives().stream()
                .filter(i -> c.id().equals(i.initiative().fundingCase()) || c.initiatives().contains(i.id()))
                .toList();
        if (!linked.isEmpty()) {
            charts.add(new RoadmapTimeline(theme, ChartNames.caseTimeline(c.id()), title + " · timeline", linked,
                    report.reportDate(), previousEnds(report)));
        }
    }

    /** The baseline's end of each initiative whose end slipped since: the timelines mark it. */
    private static Map<String, LocalDate> previousEnds(Report report) {
        Map<String, LocalDate> ends = new HashMap<>();
        for (RoadmapItem item : report.initiatives()) {
            LocalDate was = report.changes().previousEnd(item.id());
            if (was != null) {
                ends.putIfAbsent(item.id(), was);
            }
        }
        return ends;
    }
}
