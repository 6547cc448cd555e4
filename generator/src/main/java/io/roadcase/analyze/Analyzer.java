package io.roadcase.analyze;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CashFlow;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Initiative;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Objective;
import io.roadcase.model.Observation;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.Settings;
import io.roadcase.model.UserChartFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Computes every figure of METRICS.md over a checked portfolio. Pure: no I/O. */
public final class Analyzer {

    private Analyzer() {
    }

    /**
     * @param problems the problems found so far; the report holds them plus the analysis's own, sorted by place
     */
    public static Report analyze(Portfolio portfolio, LocalDate reportDate, List<Problem> problems) {
        Settings settings = portfolio.settings() == null ? Settings.DEFAULTS : portfolio.settings();
        List<Initiative> initiatives = orEmpty(portfolio.initiatives());
        List<FundingCase> fundingCases = orEmpty(portfolio.fundingCases());
        List<Problem> all = new ArrayList<>(problems);

        List<RoadmapItem> items = RoadmapAnalysis.analyze(initiatives, reportDate);
        List<RiskFigures> risks = orEmpty(portfolio.risks()).stream().map(RiskAnalysis::analyze).toList();

        Map<String, List<String>> initiativesByKpi = new HashMap<>();
        Map<String, List<String>> initiativesByCase = new HashMap<>();
        for (Initiative initiative : initiatives) {
            for (String kpi : distinct(initiative.kpis())) {
                initiativesByKpi.computeIfAbsent(kpi, k -> new ArrayList<>()).add(initiative.id());
            }
            if (initiative.fundingCase() != null) {
                initiativesByCase.computeIfAbsent(initiative.fundingCase(), k -> new ArrayList<>()).add(initiative.id());
            }
        }
        Map<String, List<String>> casesByKpi = new HashMap<>();
        for (FundingCase fundingCase : fundingCases) {
            for (String kpi : distinct(fundingCase.kpis())) {
                casesByKpi.computeIfAbsent(kpi, k -> new ArrayList<>()).add(fundingCase.id());
            }
        }

        Map<String, List<Observation>> observationsByKpi = Observation.byKpi(orEmpty(portfolio.observations()));
        List<KpiFigures> kpis = new ArrayList<>();
        for (Kpi kpi : orEmpty(portfolio.kpis())) {
            kpis.add(KpiAnalysis.analyze(kpi, observationsByKpi.getOrDefault(kpi.id(), List.of()),
                    linked(initiativesByKpi, kpi.id()), linked(casesByKpi, kpi.id())));
        }

        Map<String, List<CashFlow>> flowsByCase = groupBy(orEmpty(portfolio.cashFlows()), CashFlow::caseId);
        Map<String, List<RiskFigures>> risksByCase = groupBy(
                risks.stream().filter(r -> r.risk().caseId() != null).toList(), r -> r.risk().caseId());
        CaseAnalysis caseAnalysis = new CaseAnalysis(settings.sensitivity(), reportDate);
        List<CaseFigures> cases = new ArrayList<>();
        for (FundingCase fundingCase : fundingCases) {
            String id = fundingCase.id();
            cases.add(caseAnalysis.analyze(fundingCase, flowsByCase.getOrDefault(id, List.of()),
                    orEmpty(portfolio.scenarios()), linked(initiativesByCase, id), linked(risksByCase, id), all));
        }

        List<UserChartFigures> userCharts = UserChartAnalysis.analyze(orEmpty(portfolio.charts()),
                orEmpty(portfolio.dataSheets()), kpis, cases, items,
                orEmpty(portfolio.objectives()).stream().map(Objective::id).toList(), all);
        all.sort(Problem.BY_PLACE);
        return new Report(reportDate, settings, items, kpis, cases, risks, orEmpty(portfolio.stakeholders()),
                SummaryAnalysis.summarize(items, kpis, cases), all)
                .withObjectives(ObjectiveAnalysis.analyze(portfolio.objectives(), kpis, initiatives, reportDate))
                .withUserCharts(userCharts);
    }

    private static <T> List<T> linked(Map<String, List<T>> byId, String id) {
        return List.copyOf(byId.getOrDefault(id, List.of()));
    }

    private static <T> List<T> orEmpty(List<T> rows) {
        return rows == null ? List.of() : rows;
    }

    private static <T> Map<String, List<T>> groupBy(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> groups = new HashMap<>();
        for (T row : rows) {
            groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    /** Ids listed twice link once. */
    private static Collection<String> distinct(List<String> ids) {
        return ids == null ? List.of() : new LinkedHashSet<>(ids);
    }
}
