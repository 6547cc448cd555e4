package io.roadcase.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Objectives in the order pages and briefs list them: each parent followed by its children, depth first. */
public final class ObjectiveTree {

    private ObjectiveTree() {
    }

    /** Top objectives in table order, each followed by its descendants; objectives on a parent cycle come last. */
    public static List<ObjectiveFigures> parentsFirst(Report report) {
        List<ObjectiveFigures> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ObjectiveFigures o : report.objectives()) {
            String parent = o.objective().parent();
            if (parent == null || report.objective(parent) == null) {
                add(o, report, ordered, seen);
            }
        }
        report.objectives().forEach(o -> add(o, report, ordered, seen));
        return ordered;
    }

    private static void add(ObjectiveFigures o, Report report, List<ObjectiveFigures> ordered, Set<String> seen) {
        List<ObjectiveFigures> next = new ArrayList<>(List.of(o));
        while (!next.isEmpty()) {
            ObjectiveFigures at = next.remove(next.size() - 1);
            if (!seen.add(at.id())) {
                continue;
            }
            ordered.add(at);
            List<ObjectiveFigures> kids = at.children().stream().map(report::objective).filter(Objects::nonNull)
                    .toList();
            for (int k = kids.size() - 1; k >= 0; k--) {
                next.add(kids.get(k));
            }
        }
    }
}
