package io.roadcase.check;

import static io.roadcase.check.Findings.q;

import io.roadcase.model.Initiative;
import io.roadcase.read.RoadmapTable;
import java.util.List;

/** Roadmap items with a parent (an epic and its children): the parent exists, no cycle, children within its dates. */
final class ParentRules {

    private ParentRules() {
    }

    static void check(List<Initiative> initiatives, RecordsById index, Findings findings) {
        for (Initiative item : initiatives) {
            References.one(item.parent(), index.initiatives, "roadmap", item.origin(), RoadmapTable.PARENT.name(),
                    findings);
            Initiative parent = item.parent() == null ? null : index.initiatives.get(item.parent());
            if (parent != null && parent != item) {
                within(item, parent, findings);
            }
        }
        ParentCycles.check(initiatives, index.initiatives, Initiative::id, Initiative::parent, Initiative::origin,
                RoadmapTable.PARENT.name(), "parent", findings);
    }

    /** Only a parent's own dates bind its children; a parent without them spans its children. */
    private static void within(Initiative child, Initiative parent, Findings findings) {
        if (parent.start() != null && child.start() != null && child.start().isBefore(parent.start())) {
            findings.warning(child.origin(), RoadmapTable.START.name(), q(child.id()) + " starts " + child.start()
                    + ", before its parent " + q(parent.id()) + " starts (" + parent.start() + ")");
        }
        if (parent.end() != null && child.end() != null && child.end().isAfter(parent.end())) {
            findings.warning(child.origin(), RoadmapTable.END.name(), q(child.id()) + " ends " + child.end()
                    + ", after its parent " + q(parent.id()) + " ends (" + parent.end() + ")");
        }
    }
}
