package io.roadcase.analyze;

import io.roadcase.model.Horizon;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.RoadmapItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of the roadmap (METRICS.md, Roadmap): horizon, RICE, WSJF, overdue, schedule conflicts and
 * dependents. The matching warnings (overdue, conflicts) are the checker's; this only fills the fields.
 */
final class RoadmapAnalysis {

    /** An item starting within this many days after the report date is {@code next}. */
    static final int NEXT_DAYS = 92;

    private RoadmapAnalysis() {
    }

    /** Every initiative with its figures, in roadmap order. */
    static List<RoadmapItem> analyze(List<Initiative> read, LocalDate reportDate) {
        RoadmapHierarchy hierarchy = RoadmapHierarchy.of(read);
        List<Initiative> initiatives = read.stream().map(hierarchy::resolved).toList();
        Map<String, Initiative> byId = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (Initiative initiative : initiatives) {
            byId.putIfAbsent(initiative.id(), initiative);
        }
        for (Initiative initiative : initiatives) {
            for (String dependency : distinct(initiative.dependsOn())) {
                dependents.computeIfAbsent(dependency, d -> new ArrayList<>()).add(initiative.id());
            }
        }
        List<RoadmapItem> items = new ArrayList<>(initiatives.size());
        for (Initiative initiative : initiatives) {
            List<String> conflicts = new ArrayList<>();
            for (String dependency : distinct(initiative.dependsOn())) {
                Initiative other = byId.get(dependency);
                if (other != null && conflicts(other, initiative)) {
                    conflicts.add(dependency);
                }
            }
            items.add(new RoadmapItem(initiative, horizon(initiative, reportDate), rice(initiative), wsjf(initiative),
                    overdue(initiative, reportDate), List.copyOf(conflicts),
                    List.copyOf(dependents.getOrDefault(initiative.id(), List.of())),
                    hierarchy.children(initiative.id()), hierarchy.childProgress(initiative.id()),
                    hierarchy.depth(initiative.id())));
        }
        return items;
    }

    /** The given horizon, else the derived one; none for done or cancelled items. */
    static Horizon horizon(Initiative item, LocalDate reportDate) {
        if (closed(item)) {
            return null;
        }
        if (item.horizon() != null) {
            return item.horizon();
        }
        InitiativeStatus status = item.status();
        if (status == InitiativeStatus.IN_PROGRESS || status == InitiativeStatus.AT_RISK
                || status == InitiativeStatus.BLOCKED) {
            return Horizon.NOW;
        }
        LocalDate start = item.start();
        if (start != null && !start.isAfter(reportDate) && (item.end() == null || !reportDate.isAfter(item.end()))) {
            return Horizon.NOW;
        }
        if (start != null && start.isAfter(reportDate) && !start.isAfter(reportDate.plusDays(NEXT_DAYS))) {
            return Horizon.NEXT;
        }
        return Horizon.LATER;
    }

    /** reach × impact × confidence ÷ effort, or null unless all four are given (and effort is not 0). */
    static Double rice(Initiative item) {
        if (item.reach() == null || item.impact() == null || item.confidence() == null || item.effort() == null
                || item.effort() == 0) {
            return null;
        }
        return Finance.finite(item.reach() * item.impact() * item.confidence() / item.effort());
    }

    /** (business value + time criticality + risk reduction) ÷ job size, or null unless all four are given. */
    static Double wsjf(Initiative item) {
        if (item.businessValue() == null || item.timeCriticality() == null || item.riskReduction() == null
                || item.jobSize() == null || item.jobSize() == 0) {
            return null;
        }
        return Finance.finite((item.businessValue() + item.timeCriticality() + item.riskReduction()) / item.jobSize());
    }

    static boolean overdue(Initiative item, LocalDate reportDate) {
        return item.end() != null && item.end().isBefore(reportDate) && !closed(item);
    }

    /** A dependency conflicts when it ends after its dependent starts. */
    static boolean conflicts(Initiative dependency, Initiative dependent) {
        return dependency.end() != null && dependent.start() != null && dependency.end().isAfter(dependent.start());
    }

    private static boolean closed(Initiative item) {
        return item.status() == InitiativeStatus.DONE || item.status() == InitiativeStatus.CANCELLED;
    }

    private static Set<String> distinct(List<String> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }
}
