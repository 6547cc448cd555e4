package io.roadcase.site;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Report;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import java.util.List;
import java.util.Objects;

/**
 * What an initiative page shows: the item and the records it links to, both ways.
 *
 * @param dependsOn   the items this one waits for
 * @param dependents  the items that wait for this one
 * @param fundingCase the case that funds it, or null
 */
public record InitiativeView(
        RoadmapItem item,
        List<RoadmapItem> dependsOn,
        List<RoadmapItem> dependents,
        List<KpiFigures> kpis,
        CaseFigures fundingCase,
        List<RiskFigures> risks) {

    static InitiativeView of(RoadmapItem item, Report report, List<RiskFigures> risks) {
        String caseId = item.initiative().fundingCase();
        return new InitiativeView(item,
                item.initiative().dependsOn().stream().map(report::initiative).filter(Objects::nonNull).toList(),
                item.dependents().stream().map(report::initiative).filter(Objects::nonNull).toList(),
                item.initiative().kpis().stream().map(report::kpi).filter(Objects::nonNull).toList(),
                caseId == null ? null : report.fundingCase(caseId),
                risks);
    }

    /** Whether this item's start comes before the given dependency ends. */
    public boolean conflictsWith(String dependencyId) {
        return item.conflicts().contains(dependencyId);
    }
}
