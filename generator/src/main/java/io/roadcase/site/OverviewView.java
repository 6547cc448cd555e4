package io.roadcase.site;

import io.roadcase.model.Horizon;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import java.util.ArrayList;
import java.util.List;

/**
 * What the overview page shows of the roadmap: per horizon, how many items and the top ones by priority.
 */
public record OverviewView(List<Glance> roadmap) {

    /** How many items the overview lists per horizon. */
    static final int TOP_ITEMS = 3;

    /** One horizon at a glance. */
    public record Glance(Horizon horizon, int count, List<RoadmapItem> top) {
    }

    static OverviewView of(Report report) {
        List<RoadmapItem> ranked = Priority.ranked(report.initiatives());
        List<Glance> glances = new ArrayList<>();
        for (Horizon h : Horizon.values()) {
            Integer count = report.summary().initiativesByHorizon().get(h);
            glances.add(new Glance(h, count == null ? 0 : count,
                    ranked.stream().filter(i -> i.horizon() == h).limit(TOP_ITEMS).toList()));
        }
        return new OverviewView(glances);
    }
}
