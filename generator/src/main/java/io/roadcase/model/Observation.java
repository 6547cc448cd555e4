package io.roadcase.model;

import java.time.LocalDate;

/**
 * One KPI value from {@code kpi_values} (long or wide layout). {@code target} is a target for that
 * period only, else null.
 */
public record Observation(String kpi, LocalDate date, double value, Double target, String note, Origin origin) {
}
