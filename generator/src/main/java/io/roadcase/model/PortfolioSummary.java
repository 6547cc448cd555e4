package io.roadcase.model;

import java.util.List;
import java.util.Map;

/**
 * Roll-ups the overview page and the portfolio brief show.
 *
 * @param askByStatus          total ask per case status and currency, in status order
 * @param kpiStatusCounts      number of KPIs in each status (every status present, possibly 0)
 * @param initiativesByHorizon number of initiatives per horizon (every horizon present)
 * @param initiativesByTheme   number of initiatives per theme, in first-appearance order
 */
public record PortfolioSummary(
        List<AskTotal> askByStatus,
        Map<KpiStatus, Integer> kpiStatusCounts,
        Map<Horizon, Integer> initiativesByHorizon,
        Map<String, Integer> initiativesByTheme) {

    /** Sum of asks of the cases in one status and currency. */
    public record AskTotal(CaseStatus status, String currency, double ask, int cases) {
    }
}
