package io.roadcase.site;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import java.util.List;
import java.util.Objects;

/** What a KPI page shows: the KPI with its figures and the initiatives and cases that aim to move it. */
public record KpiView(KpiFigures figures, List<RoadmapItem> initiatives, List<CaseFigures> cases) {

    static KpiView of(KpiFigures k, Report report) {
        return new KpiView(k,
                k.initiatives().stream().map(report::initiative).filter(Objects::nonNull).toList(),
                k.cases().stream().map(report::fundingCase).filter(Objects::nonNull).toList());
    }
}
