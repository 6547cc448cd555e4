package io.roadcase.site;

import io.roadcase.Fixtures;
import io.roadcase.changes.Comparison;
import io.roadcase.changes.Snapshot;
import io.roadcase.changes.Snapshot.Item;
import io.roadcase.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Fixtures report compared with a baseline in which one item ended earlier and one more existed. */
final class WithChanges {

    private WithChanges() {
    }

    static Report report(String hostile) {
        Report report = Fixtures.report(hostile);
        Snapshot now = Snapshot.of(report);
        List<Item> items = new ArrayList<>();
        for (Item i : now.initiatives()) {
            items.add(i.end() == null ? i : new Item(i.id(), i.title(), i.status(), i.start(), i.end().minusDays(14),
                    i.horizon(), i.progress(), i.confidence(), i.dependsOn(), i.fundingCase()));
        }
        items.add(new Item("OLD-1", hostile == null ? "Dropped work" : hostile, "planned", null, null, "later", null,
                null, List.of(), null));
        Snapshot before = new Snapshot(LocalDate.of(2026, 10, 24), "Last month", items, now.kpis(),
                now.fundingCases(), now.risks(), now.stakeholders());
        return report.withChanges(Comparison.compare(before, now));
    }
}
