package io.roadcase.model;

import java.util.List;

/** Every table read from the data directory: what the checks and the analysis start from. */
public record Portfolio(
        Settings settings,
        List<Initiative> initiatives,
        List<Kpi> kpis,
        List<Observation> observations,
        List<FundingCase> fundingCases,
        List<CashFlow> cashFlows,
        List<Scenario> scenarios,
        List<Risk> risks,
        List<Stakeholder> stakeholders,
        List<Objective> objectives,
        List<DataSheet> dataSheets,
        List<UserChart> charts) {

    /** A portfolio without objectives, data sheets or user charts. */
    public Portfolio(Settings settings, List<Initiative> initiatives, List<Kpi> kpis, List<Observation> observations,
            List<FundingCase> fundingCases, List<CashFlow> cashFlows, List<Scenario> scenarios, List<Risk> risks,
            List<Stakeholder> stakeholders) {
        this(settings, initiatives, kpis, observations, fundingCases, cashFlows, scenarios, risks, stakeholders,
                List.of(), List.of(), List.of());
    }

    public static Portfolio empty() {
        return new Portfolio(Settings.DEFAULTS, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
