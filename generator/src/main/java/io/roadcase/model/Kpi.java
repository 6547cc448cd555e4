package io.roadcase.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * One row of the {@code kpis} table. {@code unit} {@code %} means values are fractions shown as
 * percent. {@code tolerance} is a fraction (default 0.10). {@code decimals} is null when not given.
 * {@code objective} is the id of the objective it is a key result of, null when blank.
 */
public record Kpi(
        String id,
        String name,
        String unit,
        Direction direction,
        Double target,
        LocalDate targetDate,
        Double baseline,
        double tolerance,
        String category,
        String owner,
        String description,
        Integer decimals,
        Map<String, String> extra,
        Origin origin,
        String objective) {

    /** A KPI that is no objective's key result by its own row. */
    public Kpi(String id, String name, String unit, Direction direction, Double target, LocalDate targetDate,
            Double baseline, double tolerance, String category, String owner, String description, Integer decimals,
            Map<String, String> extra, Origin origin) {
        this(id, name, unit, direction, target, targetDate, baseline, tolerance, category, owner, description,
                decimals, extra, origin, null);
    }

    /** Whether values are fractions displayed as percent. */
    public boolean isPercent() {
        return "%".equals(unit);
    }
}
