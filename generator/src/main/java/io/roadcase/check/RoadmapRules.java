package io.roadcase.check;

import static io.roadcase.check.Findings.number;
import static io.roadcase.check.Findings.percent;
import static io.roadcase.check.Findings.q;

import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.read.RoadmapTable;
import java.time.LocalDate;
import java.util.List;

/** Rules about each initiative and its dependencies' dates. */
final class RoadmapRules {

    private RoadmapRules() {
    }

    static void check(List<Initiative> initiatives, RecordsById index, LocalDate reportDate, Findings findings) {
        for (Initiative item : initiatives) {
            dates(item, findings);
            ranges(item, findings);
            schedule(item, index, findings);
            if (reportDate != null && item.end() != null && item.end().isBefore(reportDate) && !finished(item)) {
                findings.warning(item.origin(), RoadmapTable.END.name(), "overdue: " + q(item.id()) + " ends "
                        + item.end() + ", before the report date " + reportDate + ", and its status is "
                        + item.status().word() + " (not done or cancelled)");
            }
        }
    }

    private static void dates(Initiative item, Findings findings) {
        if (item.start() != null && item.end() != null && item.end().isBefore(item.start())) {
            findings.error(item.origin(), RoadmapTable.END.name(), "end " + item.end() + " is before start "
                    + item.start() + "; expected an end on or after the start");
        }
    }

    private static void ranges(Initiative item, Findings findings) {
        Double progress = item.progress();
        if (progress != null && (progress < 0 || progress > 1)) {
            findings.error(item.origin(), RoadmapTable.PROGRESS.name(),
                    "progress: expected 0 % to 100 %, found " + percent(progress));
        }
        if (item.status() == InitiativeStatus.DONE && progress != null && progress >= 0 && progress < 1) {
            findings.warning(item.origin(), RoadmapTable.PROGRESS.name(),
                    "status is done but progress is " + percent(progress) + "; expected 100 % or blank");
        }
        positive(item, item.effort(), RoadmapTable.EFFORT.name(), findings);
        positive(item, item.jobSize(), RoadmapTable.JOB_SIZE.name(), findings);
    }

    private static void positive(Initiative item, Double value, String field, Findings findings) {
        if (value != null && !(value > 0)) {
            findings.error(item.origin(), field, field + ": expected a number above 0 (it divides the score), found "
                    + number(value));
        }
    }

    /** Warns when a dependency ends after this item starts. */
    private static void schedule(Initiative item, RecordsById index, Findings findings) {
        if (item.start() == null || item.dependsOn() == null) {
            return;
        }
        for (String id : item.dependsOn()) {
            Initiative dependency = index.initiatives.get(id);
            if (dependency != null && dependency != item && dependency.end() != null
                    && dependency.end().isAfter(item.start())) {
                findings.warning(item.origin(), RoadmapTable.DEPENDS_ON.name(), "schedule conflict: " + q(item.id())
                        + " starts " + item.start() + " but depends on " + q(id) + ", which ends " + dependency.end());
            }
        }
    }

    private static boolean finished(Initiative item) {
        return item.status() == InitiativeStatus.DONE || item.status() == InitiativeStatus.CANCELLED;
    }
}
