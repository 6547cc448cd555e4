package io.roadcase.model;

import java.util.List;

/**
 * A KPI with its observations in date order and its computed figures (METRICS.md, KPIs).
 *
 * @param target      the effective target: the latest observation's own target, else the KPI's
 * @param initiatives ids of initiatives that list this KPI
 * @param cases       ids of funding cases that list this KPI
 */
public record KpiFigures(
        Kpi kpi,
        List<Observation> observations,
        Observation latest,
        Observation previous,
        Double target,
        KpiStatus status,
        Double gap,
        Double delta,
        Double deltaPct,
        Trend trend,
        Double forecastAtTargetDate,
        Boolean forecastMeetsTarget,
        Double progressFromBaseline,
        List<String> initiatives,
        List<String> cases) {

    public String id() {
        return kpi.id();
    }
}
