package io.roadcase.check;

import static io.roadcase.check.Findings.q;

import io.roadcase.model.CashFlow;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Initiative;
import io.roadcase.model.Origin;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Risk;
import io.roadcase.model.Scenario;
import io.roadcase.model.Stakeholder;
import io.roadcase.read.CashFlowTable;
import io.roadcase.read.FundingCaseTable;
import io.roadcase.read.RiskTable;
import io.roadcase.read.RoadmapTable;
import io.roadcase.read.ScenarioTable;
import io.roadcase.read.StakeholderTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every id that names a row of another table must exist there (kpi_values is checked with its own rules). */
final class References {

    private References() {
    }

    static void check(Portfolio portfolio, RecordsById index, Findings findings) {
        for (Initiative item : portfolio.initiatives()) {
            list(item.dependsOn(), index.initiatives, "roadmap", item.origin(), RoadmapTable.DEPENDS_ON.name(),
                    findings);
            list(item.kpis(), index.kpis, "kpis", item.origin(), RoadmapTable.KPIS.name(), findings);
            one(item.fundingCase(), index.cases, "funding_cases", item.origin(), RoadmapTable.FUNDING_CASE.name(),
                    findings);
        }
        for (FundingCase fundingCase : portfolio.fundingCases()) {
            list(fundingCase.kpis(), index.kpis, "kpis", fundingCase.origin(), FundingCaseTable.KPIS.name(),
                    findings);
        }
        for (CashFlow flow : portfolio.cashFlows()) {
            one(flow.caseId(), index.cases, "funding_cases", flow.origin(), CashFlowTable.CASE.name(), findings);
        }
        for (Scenario scenario : portfolio.scenarios()) {
            if (!"*".equals(scenario.caseId())) {
                one(scenario.caseId(), index.cases, "funding_cases", scenario.origin(), ScenarioTable.CASE.name(),
                        findings);
            }
        }
        for (Risk risk : portfolio.risks()) {
            one(risk.caseId(), index.cases, "funding_cases", risk.origin(), RiskTable.CASE.name(), findings);
            one(risk.initiative(), index.initiatives, "roadmap", risk.origin(), RiskTable.INITIATIVE.name(),
                    findings);
        }
        for (Stakeholder person : portfolio.stakeholders()) {
            list(person.cases(), index.cases, "funding_cases", person.origin(), StakeholderTable.CASES.name(),
                    findings);
        }
    }

    static void one(String id, Map<String, ?> known, String table, Origin origin, String field,
            Findings findings) {
        if (id != null) {
            list(List.of(id), known, table, origin, field, findings);
        }
    }

    /** One error per cell, naming every unknown id in it. */
    static void list(List<String> ids, Map<String, ?> known, String table, Origin origin, String field,
            Findings findings) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (!known.containsKey(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            findings.error(origin, field, field + ": " + (unknown.size() == 1 ? "no id " : "no ids ")
                    + unknown.stream().map(Findings::q).collect(Collectors.joining(", ")) + " in the " + table
                    + " table (ids are case-sensitive)");
        }
    }
}
