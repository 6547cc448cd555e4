package io.roadcase.analyze;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CashFlow;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Initiative;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Observation;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import java.time.LocalDate;
import java.util.ArrayList;
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
        List<Problem> all = new ArrayList<>(problems);

        List<RoadmapItem> items = RoadmapAnalysis.analyze(portfolio.initiatives(), reportDate);

        Map<String, List<Observation>> observationsByKpi = groupBy(portfolio.observations(), Observation::kpi);
        Map<String, List<String>> initiativesByKpi = new HashMap<>();
        Map<String, List<String>> initiativesByCase = new HashMap<>();
        for (Initiative initiative : portfolio.initiatives()) {
            for (String kpi : distinct(initiative.kpis())) {
                initiativesByKpi.computeIfAbsent(kpi, k -> new ArrayList<>()).add(initiative.id());
            }
            if (initiative.fundingCase() != null) {
                initiativesByCase.computeIfAbsent(initiative.fundingCase(), k -> new ArrayList<>()).add(initiative.id());
            }
        }
        Map<String, List<String>> casesByKpi = new HashMap<>();
        for (FundingCase fundingCase : portfolio.fundingCases()) {
            for (String kpi : distinct(fundingCase.kpis())) {
                casesByKpi.computeIfAbsent(kpi, k -> new ArrayList<>()).add(fundingCase.id());
            }
        }
        List<KpiFigures> kpis = new ArrayList<>(portfolio.kpis().size());
        for (Kpi kpi : portfolio.kpis()) {
            kpis.add(KpiAnalysis.analyze(kpi, observationsByKpi.getOrDefault(kpi.id(), List.of()),
                    List.copyOf(initiativesByKpi.getOrDefault(kpi.id(), List.of())),
                    List.copyOf(casesByKpi.getOrDefault(kpi.id(), List.of()))));
        }

        List<RiskFigures> risks = portfolio.risks().stream().map(RiskAnalysis::analyze).toList();
        Map<String, List<RiskFigures>> risksByCase = new HashMap<>();
        for (RiskFigures risk : risks) {
            if (risk.risk().caseId() != null) {
                risksByCase.computeIfAbsent(risk.risk().caseId(), k -> new ArrayList<>()).add(risk);
            }
        }

        Map<String, List<CashFlow>> flowsByCase = groupBy(portfolio.cashFlows(), CashFlow::caseId);
        CaseAnalysis caseAnalysis = new CaseAnalysis(portfolio.settings().sensitivity(), reportDate);
        List<CaseFigures> cases = new ArrayList<>(portfolio.fundingCases().size());
        for (FundingCase fundingCase : portfolio.fundingCases()) {
            String id = fundingCase.id();
            cases.add(caseAnalysis.analyze(fundingCase, flowsByCase.getOrDefault(id, List.of()),
                    portfolio.scenarios(), List.copyOf(initiativesByCase.getOrDefault(id, List.of())),
                    List.copyOf(risksByCase.getOrDefault(id, List.of())), all));
        }

        all.sort(Problem.BY_PLACE);
        return new Report(reportDate, portfolio.settings(), items, kpis, cases, risks, portfolio.stakeholders(),
                SummaryAnalysis.summarize(items, kpis, cases), all);
    }

    private static <T> Map<String, List<T>> groupBy(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> groups = new HashMap<>();
        for (T row : rows) {
            groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static LinkedHashSet<String> distinct(List<String> ids) {
        return ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
    }
}
