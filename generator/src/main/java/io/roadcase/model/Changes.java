package io.roadcase.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What changed since the baseline, most important first. Without a baseline there is nothing to
 * compare: {@link #NONE}, and pages, briefs and {@code data.json} show no changes at all.
 *
 * @param baselineDate  the report date of the baseline, or null without one
 * @param baselineTitle the title the baseline report had, or null
 * @param all           every change, stakeholders included, in order of importance
 */
public record Changes(LocalDate baselineDate, String baselineTitle, List<Change> all) {

    /** No baseline, so no changes. */
    public static final Changes NONE = new Changes(null, null, List.of());

    public Changes {
        all = List.copyOf(all);
    }

    public boolean hasBaseline() {
        return baselineDate != null;
    }

    /** The changes the site and the briefs show: all but stakeholders (they are in data.json only). */
    public List<Change> shown() {
        return all.stream().filter(c -> c.entity() != Change.Entity.STAKEHOLDER).toList();
    }

    /** The shown changes of one kind of thing, in order of importance. */
    public List<Change> of(Change.Entity entity) {
        return all.stream().filter(c -> c.entity() == entity).toList();
    }

    /** The changes of one thing, in order of importance. */
    public List<Change> of(Change.Entity entity, String id) {
        return all.stream().filter(c -> c.entity() == entity && Objects.equals(c.id(), id)).toList();
    }

    /** Whether one thing changed. */
    public boolean changed(Change.Entity entity, String id) {
        return all.stream().anyMatch(c -> c.entity() == entity && Objects.equals(c.id(), id));
    }

    /** The changes a case brief shows: of the case, its risks and the initiatives it funds. */
    public List<Change> ofCase(String caseId) {
        return shown().stream().filter(c -> Objects.equals(c.caseId(), caseId)).toList();
    }

    /** The end an initiative had in the baseline when its end slipped, else null (for the timeline). */
    public LocalDate previousEnd(String initiativeId) {
        for (Change c : all) {
            if (c.entity() == Change.Entity.INITIATIVE && Objects.equals(c.id(), initiativeId) && c.isSlip()
                    && "end".equals(c.field()) && c.from() instanceof LocalDate d) {
                return d;
            }
        }
        return null;
    }
}
