package io.roadcase.site;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import java.util.List;
import java.util.Objects;

/**
 * What a funding case page shows: the analysed case, its cash-flow table and the records it links to.
 *
 * @param pdf the case's brief, relative to the site root
 */
public record CaseView(
        CaseFigures figures,
        CashFlowView cashFlows,
        List<RoadmapItem> initiatives,
        List<KpiFigures> kpis,
        String pdf) {

    static CaseView of(CaseFigures c, Report report) {
        return new CaseView(c, CashFlowView.of(c),
                c.initiatives().stream().map(report::initiative).filter(Objects::nonNull).toList(),
                c.fundingCase().kpis().stream().map(report::kpi).filter(Objects::nonNull).toList(),
                "pdf/" + c.id() + ".pdf");
    }

    /** Whether the case has cash flows, so figures and charts exist. */
    public boolean hasCashFlows() {
        return !figures.cashFlows().isEmpty();
    }
}
