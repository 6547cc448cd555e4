package io.roadcase.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One KPI value from {@code kpi_values} (long or wide layout). {@code target} is a target for that
 * period only, else null.
 */
public record Observation(String kpi, LocalDate date, double value, Double target, String note, Origin origin) {

    /**
     * The observations of each KPI id, in the order of each id's first row, each list in input order.
     * A KPI's rows usually follow each other, so a run of them costs one map lookup.
     */
    public static Map<String, List<Observation>> byKpi(List<Observation> observations) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        String kpi = null;
        List<Observation> group = null;
        for (Observation observation : observations) {
            if (group == null || !Objects.equals(kpi, observation.kpi())) {
                kpi = observation.kpi();
                group = groups.computeIfAbsent(kpi, k -> new ArrayList<>());
            }
            group.add(observation);
        }
        return groups;
    }

    /**
     * The observations ordered by date, unmodifiable; of the same date, in input order. Rows usually
     * come in date order already: then nothing is sorted.
     */
    public static List<Observation> byDate(List<Observation> observations) {
        for (int i = 1; i < observations.size(); i++) {
            if (observations.get(i).date().isBefore(observations.get(i - 1).date())) {
                List<Observation> sorted = new ArrayList<>(observations);
                sorted.sort(Comparator.comparing(Observation::date)); // stable
                return Collections.unmodifiableList(sorted);
            }
        }
        return Collections.unmodifiableList(observations);
    }
}
