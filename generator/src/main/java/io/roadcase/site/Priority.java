package io.roadcase.site;

import io.roadcase.model.RoadmapItem;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which pages rank initiatives: highest WSJF first, then highest RICE, items without a
 * score after those with one, and roadmap order for ties (the sort is stable).
 */
final class Priority {

    static final Comparator<RoadmapItem> ORDER = Comparator
            .comparing(RoadmapItem::wsjf, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(RoadmapItem::rice, Comparator.nullsLast(Comparator.reverseOrder()));

    private Priority() {
    }

    static List<RoadmapItem> ranked(List<RoadmapItem> items) {
        return items.stream().sorted(ORDER).toList();
    }
}
