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

    /**
     * How many of a KPI's latest values the pages that show every KPI at once draw and list (the
     * overview's sparklines and their table, the KPIs page's tables); the KPI's own page lists them all,
     * as does data.json. Three years of monthly values: a KPI measured daily for years would otherwise
     * put thousands of rows per KPI into those pages (a million values made a 100 MB overview).
     */
    public static final int RECENT = 36;

    /** The latest {@link #RECENT} observations at most, oldest first. */
    public List<Observation> recent() {
        int n = observations.size();
        return observations.subList(Math.max(0, n - RECENT), n);
    }

    /** Whether there are values older than {@link #recent()}: the pages showing only those say so. */
    public boolean hasEarlier() {
        return observations.size() > RECENT;
    }

    public String id() {
        return kpi.id();
    }
}
