package io.roadcase.check;

import io.roadcase.model.Initiative;
import io.roadcase.read.RoadmapTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dependency cycles with one depth-first walk (iterative, so long chains cannot overflow the
 * stack). Each back edge closes one cycle, so each cycle is reported once, as {@code A → B → C → A}.
 */
final class DependencyCycles {

    private enum Mark { NEW, ON_PATH, DONE }

    private DependencyCycles() {
    }

    static void check(List<Initiative> initiatives, RecordsById index, Findings findings) {
        Map<String, Mark> marks = new HashMap<>();
        for (Initiative root : initiatives) {
            if (marks.getOrDefault(root.id(), Mark.NEW) == Mark.NEW && index.initiatives.get(root.id()) == root) {
                walk(root, index, marks, findings);
            }
        }
    }

    private static void walk(Initiative root, RecordsById index, Map<String, Mark> marks, Findings findings) {
        // The current path, and for each of its items how many dependencies were already followed.
        List<Initiative> path = new ArrayList<>();
        Deque<int[]> next = new ArrayDeque<>();
        path.add(root);
        next.push(new int[] {0});
        marks.put(root.id(), Mark.ON_PATH);
        while (!path.isEmpty()) {
            Initiative item = path.get(path.size() - 1);
            int[] position = next.peek();
            List<String> dependencies = item.dependsOn() == null ? List.of() : item.dependsOn();
            if (position[0] >= dependencies.size()) {
                marks.put(item.id(), Mark.DONE);
                path.remove(path.size() - 1);
                next.pop();
                continue;
            }
            Initiative dependency = index.initiatives.get(dependencies.get(position[0]++));
            if (dependency == null) {
                continue;
            }
            Mark mark = marks.getOrDefault(dependency.id(), Mark.NEW);
            if (mark == Mark.ON_PATH) {
                report(path, dependency, findings);
            } else if (mark == Mark.NEW) {
                marks.put(dependency.id(), Mark.ON_PATH);
                path.add(dependency);
                next.push(new int[] {0});
            }
        }
    }

    private static void report(List<Initiative> path, Initiative closing, Findings findings) {
        int from = path.indexOf(closing);
        StringBuilder cycle = new StringBuilder();
        for (Initiative item : path.subList(from, path.size())) {
            cycle.append(item.id()).append(" → ");
        }
        cycle.append(closing.id());
        findings.error(closing.origin(), RoadmapTable.DEPENDS_ON.name(), "dependency cycle: " + cycle
                + " (each item depends on the next, so none can start first)");
    }
}
