package io.roadcase.site;

import io.roadcase.model.KpiFigures;
import io.roadcase.model.ObjectiveFigures;
import io.roadcase.model.ObjectiveTree;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /** Every objective, each parent followed by its children ({@link ObjectiveTree#parentsFirst}). */
    static List<ObjectiveView> tree(Report report) {
        return ObjectiveTree.parentsFirst(report).stream().map(o -> of(o, report)).toList();
    }
}
