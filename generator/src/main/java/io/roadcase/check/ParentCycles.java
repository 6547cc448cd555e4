package io.roadcase.check;

import io.roadcase.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds cycles in a parent chain (each record names at most one parent). Following parents from every
 * record in table order, each cycle is met once and reported at the record where it was first entered,
 * as {@code A → B → C → A}.
 */
final class ParentCycles {

    private ParentCycles() {
    }

    /**
     * @param byId   the records by id (the first of duplicates)
     * @param what   what a parent link means, for the message ({@code "objective"})
     */
    static <T> void check(List<T> records, Map<String, T> byId, Function<T, String> id, Function<T, String> parent,
            Function<T, Origin> origin, String field, String what, Findings findings) {
        // 1 = on the walk that is under way, 2 = finished.
        Map<String, Integer> marks = new HashMap<>();
        for (T start : records) {
            if (byId.get(id.apply(start)) != start || marks.containsKey(id.apply(start))) {
                continue;
            }
            List<T> path = new ArrayList<>();
            T current = start;
            while (current != null && !marks.containsKey(id.apply(current))) {
                marks.put(id.apply(current), 1);
                path.add(current);
                String next = parent.apply(current);
                current = next == null ? null : byId.get(next);
            }
            if (current != null && marks.get(id.apply(current)) == 1) {
                int from = path.indexOf(current);
                StringBuilder cycle = new StringBuilder();
                for (T member : path.subList(from, path.size())) {
                    cycle.append(id.apply(member)).append(" → ");
                }
                cycle.append(id.apply(current));
                findings.error(origin.apply(current), field, what + " cycle: " + cycle
                        + " (each names the next as its parent, so none is at the top)");
            }
            path.forEach(member -> marks.put(id.apply(member), 2));
        }
    }
}
