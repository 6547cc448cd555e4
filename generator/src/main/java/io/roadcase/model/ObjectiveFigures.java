package io.roadcase.model;

import java.util.List;

/**
 * An objective with its computed figures (docs/figures.md, Objectives). The {@code overall} figures
 * cover the objective and every objective below it in the parent chain.
 *
 * @param keyResults           the KPIs measuring it: its key_results list, then KPIs naming it
 * @param initiatives          ids of the initiatives serving it (their objective column)
 * @param children             ids of the objectives whose parent it is, in table order
 * @param keyResultProgress    mean of its key results' clamped progress, null without any that has one
 * @param initiativesDone      share of its initiatives done (cancelled ones not counted), null without any
 * @param status               the given status, else the computed one; null when no key result has a status
 * @param statusComputed       whether {@code status} was computed rather than given
 * @param timeElapsed          share of its period passed on the report date, 0–1; null without a period
 * @param overallKeyResultProgress {@code keyResultProgress} over the key results of it and its descendants
 * @param overallInitiativesDone   {@code initiativesDone} over the initiatives of it and its descendants
 * @param depth                number of ancestors (0 for a top objective)
 */
public record ObjectiveFigures(
        Objective objective,
        List<KeyResult> keyResults,
        List<String> initiatives,
        List<String> children,
        Double keyResultProgress,
        Double initiativesDone,
        ObjectiveStatus status,
        boolean statusComputed,
        Double timeElapsed,
        Double overallKeyResultProgress,
        Double overallInitiativesDone,
        int depth) {

    public String id() {
        return objective.id();
    }

    /** The ids of its key results, in order. */
    public List<String> keyResultIds() {
        return keyResults.stream().map(KeyResult::kpi).toList();
    }

    /**
     * One key result: a KPI with the baseline its progress counts from.
     *
     * @param kpi      the KPI's id
     * @param baseline the KPI's baseline, else its first observation's value; null without either
     * @param progress (latest − baseline) ÷ (target − baseline) clamped to 0–1; null when it cannot be computed
     */
    public record KeyResult(String kpi, Double baseline, Double progress) {
    }
}
