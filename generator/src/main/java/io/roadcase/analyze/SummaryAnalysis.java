package io.roadcase.analyze;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseStatus;
import io.roadcase.model.Horizon;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.PortfolioSummary;
import io.roadcase.model.PortfolioSummary.AskTotal;
import io.roadcase.model.RoadmapItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The portfolio roll-ups of the overview page and the portfolio brief. */
final class SummaryAnalysis {

    /** The theme of an initiative without one (the reader already fills it). */
    static final String NO_THEME = "Other";

    private SummaryAnalysis() {
    }

    static PortfolioSummary summarize(List<RoadmapItem> items, List<KpiFigures> kpis, List<CaseFigures> cases) {
        return new PortfolioSummary(askByStatus(cases), kpiStatusCounts(kpis), byHorizon(items), byTheme(items));
    }

    /**
     * Total ask per status (in status order) and currency (in first-appearance order). A case without an ask
     * (no ask given and no cash flows) is not counted.
     */
    static List<AskTotal> askByStatus(List<CaseFigures> cases) {
        Map<CaseStatus, Map<String, double[]>> totals = new LinkedHashMap<>();
        for (CaseStatus status : CaseStatus.values()) {
            totals.put(status, new LinkedHashMap<>());
        }
        for (CaseFigures c : cases) {
            CaseStatus status = c.fundingCase().status() == null ? CaseStatus.PROPOSED : c.fundingCase().status();
            if (c.ask() != null) {
                double[] total = totals.get(status).computeIfAbsent(c.fundingCase().currency(), k -> new double[2]);
                total[0] += c.ask();
                total[1]++;
            }
        }
        List<AskTotal> result = new ArrayList<>();
        totals.forEach((status, byCurrency) -> byCurrency.forEach(
                (currency, total) -> result.add(new AskTotal(status, currency, total[0], (int) total[1]))));
        return List.copyOf(result);
    }

    /** Every status present, possibly with 0. */
    static Map<KpiStatus, Integer> kpiStatusCounts(List<KpiFigures> kpis) {
        Map<KpiStatus, Integer> counts = new LinkedHashMap<>();
        for (KpiStatus status : KpiStatus.values()) {
            counts.put(status, 0);
        }
        for (KpiFigures kpi : kpis) {
            counts.merge(kpi.status(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Every horizon present; done and cancelled items have none and are not counted. */
    static Map<Horizon, Integer> byHorizon(List<RoadmapItem> items) {
        Map<Horizon, Integer> counts = new LinkedHashMap<>();
        for (Horizon horizon : Horizon.values()) {
            counts.put(horizon, 0);
        }
        for (RoadmapItem item : items) {
            if (item.horizon() != null) {
                counts.merge(item.horizon(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Every initiative counted under its theme, themes in first-appearance order. */
    static Map<String, Integer> byTheme(List<RoadmapItem> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RoadmapItem item : items) {
            String theme = item.initiative().theme();
            counts.merge(theme == null || theme.isBlank() ? NO_THEME : theme, 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
