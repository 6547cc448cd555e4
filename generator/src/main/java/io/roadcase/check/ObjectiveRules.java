package io.roadcase.check;

import io.roadcase.model.Initiative;
import io.roadcase.model.Kpi;
import io.roadcase.model.Objective;
import io.roadcase.model.Portfolio;
import io.roadcase.read.KpiTable;
import io.roadcase.read.ObjectiveTable;
import io.roadcase.read.RoadmapTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Objectives: their parents, key results and the rows that name them exist, and no parent chain is a cycle. */
final class ObjectiveRules {

    private ObjectiveRules() {
    }

    static void check(Portfolio portfolio, RecordsById index, Findings findings) {
        List<Objective> objectives = portfolio.objectives() == null ? List.of() : portfolio.objectives();
        Map<String, Objective> byId = new HashMap<>();
        objectives.forEach(o -> byId.putIfAbsent(o.id(), o));
        for (Objective objective : objectives) {
            References.one(objective.parent(), byId, "objectives", objective.origin(), ObjectiveTable.PARENT.name(),
                    findings);
            References.list(objective.keyResults(), index.kpis, "kpis", objective.origin(),
                    ObjectiveTable.KEY_RESULTS.name(), findings);
        }
        for (Kpi kpi : portfolio.kpis()) {
            References.one(kpi.objective(), byId, "objectives", kpi.origin(), KpiTable.OBJECTIVE.name(), findings);
        }
        for (Initiative item : portfolio.initiatives()) {
            References.one(item.objective(), byId, "objectives", item.origin(), RoadmapTable.OBJECTIVE.name(),
                    findings);
        }
        ParentCycles.check(objectives, byId, Objective::id, Objective::parent, Objective::origin,
                ObjectiveTable.PARENT.name(), "objective", findings);
    }
}
