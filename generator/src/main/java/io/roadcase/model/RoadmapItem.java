package io.roadcase.model;

import java.util.List;

/**
 * An initiative with its computed figures (METRICS.md, Roadmap).
 *
 * @param horizon    the given horizon, else the derived one; null for done or cancelled items
 * @param rice       reach × impact × confidence ÷ effort, or null
 * @param wsjf       (business value + time criticality + risk reduction) ÷ job size, or null
 * @param overdue    end before the report date and not done or cancelled
 * @param conflicts  ids of dependencies that end after this item starts
 * @param dependents ids of the items that depend on this one, in roadmap order
 */
public record RoadmapItem(
        Initiative initiative,
        Horizon horizon,
        Double rice,
        Double wsjf,
        boolean overdue,
        List<String> conflicts,
        List<String> dependents) {

    public String id() {
        return initiative.id();
    }
}
