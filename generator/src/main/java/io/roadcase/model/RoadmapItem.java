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
 * @param children   ids of the items whose parent it is (an epic's stories), in roadmap order
 * @param childProgress its children's progress rolled up by effort (or by count), null without children
 * @param depth      how many parents it has above it (0 for an item without one)
 */
public record RoadmapItem(
        Initiative initiative,
        Horizon horizon,
        Double rice,
        Double wsjf,
        boolean overdue,
        List<String> conflicts,
        List<String> dependents,
        List<String> children,
        Double childProgress,
        int depth) {

    /** An item that is no parent and has none. */
    public RoadmapItem(Initiative initiative, Horizon horizon, Double rice, Double wsjf, boolean overdue,
            List<String> conflicts, List<String> dependents) {
        this(initiative, horizon, rice, wsjf, overdue, conflicts, dependents, List.of(), null, 0);
    }

    /** Whether other items name it as their parent. */
    public boolean isParent() {
        return !children.isEmpty();
    }

    public String id() {
        return initiative.id();
    }
}
