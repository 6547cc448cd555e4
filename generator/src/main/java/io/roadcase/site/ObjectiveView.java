package io.roadcase.site;

import io.roadcase.model.KpiFigures;
import io.roadcase.model.ObjectiveFigures;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an objective shows on the strategy page and its own page: its figures, its parent and children,
 * its key results (each KPI with its progress) and the initiatives that serve it.
 */
public record ObjectiveView(ObjectiveFigures figures, ObjectiveFigures parent, List<ObjectiveFigures> children,
        List<KeyResultRow> keyResults, List<RoadmapItem> initiatives) {

    /** One key result: the KPI and its progress from baseline to target. */
    public record KeyResultRow(KpiFigures kpi, ObjectiveFigures.KeyResult keyResult) {
    }

    static ObjectiveView of(ObjectiveFigures o, Report report) {
        List<KeyResultRow> keyResults = new ArrayList<>();
        for (ObjectiveFigures.KeyResult k : o.keyResults()) {
            KpiFigures kpi = report.kpi(k.kpi());
            if (kpi != null) {
                keyResults.add(new KeyResultRow(kpi, k));
            }
        }
        return new ObjectiveView(o, o.objective().parent() == null ? null : report.objective(o.objective().parent()),
                o.children().stream().map(report::objective).filter(Objects::nonNull).toList(), keyResults,
                o.initiatives().stream().map(report::initiative).filter(Objects::nonNull).toList());
    }

    /**
     * Every objective, each parent followed by its children (depth first, table order among siblings);
     * objectives on a parent cycle follow at the end.
     */
    static List<ObjectiveView> tree(Report report) {
        List<ObjectiveView> views = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ObjectiveFigures o : report.objectives()) {
            boolean top = o.objective().parent() == null || report.objective(o.objective().parent()) == null;
            if (top) {
                add(o, report, views, seen);
            }
        }
        for (ObjectiveFigures o : report.objectives()) {
            add(o, report, views, seen);
        }
        return views;
    }

    private static void add(ObjectiveFigures o, Report report, List<ObjectiveView> views, Set<String> seen) {
        List<ObjectiveFigures> next = new ArrayList<>(List.of(o));
        while (!next.isEmpty()) {
            ObjectiveFigures at = next.remove(next.size() - 1);
            if (!seen.add(at.id())) {
                continue;
            }
            views.add(of(at, report));
            List<ObjectiveFigures> kids = at.children().stream().map(report::objective).filter(Objects::nonNull)
                    .toList();
            for (int k = kids.size() - 1; k >= 0; k--) {
                next.add(kids.get(k));
            }
        }
    }
}
