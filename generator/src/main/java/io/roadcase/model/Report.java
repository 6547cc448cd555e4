package io.roadcase.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The analyzed model: every table with its computed figures. It is what data.json serialises and
 * the only thing charts, pages and briefs read.
 */
public final class Report {

    private final LocalDate reportDate;
    private final Settings settings;
    private final List<RoadmapItem> initiatives;
    private final List<KpiFigures> kpis;
    private final List<CaseFigures> fundingCases;
    private final List<RiskFigures> risks;
    private final List<Stakeholder> stakeholders;
    private final PortfolioSummary summary;
    private final List<Problem> problems;
    private final Map<String, RoadmapItem> initiativeById;
    private final Map<String, KpiFigures> kpiById;
    private final Map<String, CaseFigures> caseById;
    private final Changes changes;
    private final List<ObjectiveFigures> objectives;
    private final Map<String, ObjectiveFigures> objectiveById;
    private final List<UserChartFigures> userCharts;

    public Report(LocalDate reportDate, Settings settings, List<RoadmapItem> initiatives, List<KpiFigures> kpis,
            List<CaseFigures> fundingCases, List<RiskFigures> risks, List<Stakeholder> stakeholders,
            PortfolioSummary summary, List<Problem> problems) {
        this(reportDate, settings, initiatives, kpis, fundingCases, risks, stakeholders, summary, problems,
                Changes.NONE, List.of(), List.of());
    }

    private Report(LocalDate reportDate, Settings settings, List<RoadmapItem> initiatives, List<KpiFigures> kpis,
            List<CaseFigures> fundingCases, List<RiskFigures> risks, List<Stakeholder> stakeholders,
            PortfolioSummary summary, List<Problem> problems, Changes changes, List<ObjectiveFigures> objectives,
            List<UserChartFigures> userCharts) {
        this.changes = changes;
        this.objectives = List.copyOf(objectives);
        this.objectiveById = index(this.objectives, ObjectiveFigures::id);
        this.userCharts = List.copyOf(userCharts);
        this.reportDate = reportDate;
        this.settings = settings;
        this.initiatives = List.copyOf(initiatives);
        this.kpis = List.copyOf(kpis);
        this.fundingCases = List.copyOf(fundingCases);
        this.risks = List.copyOf(risks);
        this.stakeholders = List.copyOf(stakeholders);
        this.summary = summary;
        this.problems = List.copyOf(problems);
        this.initiativeById = index(this.initiatives, RoadmapItem::id);
        this.kpiById = index(this.kpis, KpiFigures::id);
        this.caseById = index(this.fundingCases, CaseFigures::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    public LocalDate reportDate() {
        return reportDate;
    }

    public Settings settings() {
        return settings;
    }

    public List<RoadmapItem> initiatives() {
        return initiatives;
    }

    public List<KpiFigures> kpis() {
        return kpis;
    }

    public List<CaseFigures> fundingCases() {
        return fundingCases;
    }

    public List<RiskFigures> risks() {
        return risks;
    }

    public List<Stakeholder> stakeholders() {
        return stakeholders;
    }

    public PortfolioSummary summary() {
        return summary;
    }

    /** Every problem found, sorted by place. */
    public List<Problem> problems() {
        return problems;
    }

    /** What changed since the baseline ({@link Changes#NONE} without one). */
    public Changes changes() {
        return changes;
    }

    /** This report with what changed since its baseline. */
    public Report withChanges(Changes changes) {
        return new Report(reportDate, settings, initiatives, kpis, fundingCases, risks, stakeholders, summary, problems,
                changes, objectives, userCharts);
    }

    /** The objectives with their figures, in table order (empty without an objectives table). */
    public List<ObjectiveFigures> objectives() {
        return objectives;
    }

    /** This report with its objectives' figures. */
    public Report withObjectives(List<ObjectiveFigures> objectives) {
        return new Report(reportDate, settings, initiatives, kpis, fundingCases, risks, stakeholders, summary, problems,
                changes, objectives, userCharts);
    }

    /** The objective with this id, or null. */
    public ObjectiveFigures objective(String id) {
        return objectiveById.get(id);
    }

    /** The user's own charts (the charts table), resolved, in table order. */
    public List<UserChartFigures> userCharts() {
        return userCharts;
    }

    /** This report with the user's own charts. */
    public Report withUserCharts(List<UserChartFigures> charts) {
        return new Report(reportDate, settings, initiatives, kpis, fundingCases, risks, stakeholders, summary, problems,
                changes, objectives, charts);
    }

    /** The initiative with this id, or null. */
    public RoadmapItem initiative(String id) {
        return initiativeById.get(id);
    }

    /** The KPI with this id, or null. */
    public KpiFigures kpi(String id) {
        return kpiById.get(id);
    }

    /** The funding case with this id, or null. */
    public CaseFigures fundingCase(String id) {
        return caseById.get(id);
    }
}
