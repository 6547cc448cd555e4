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
 *
 * <p>Not a record so that a million values need no origin object each: the reader gives every row of a
 * table the table's origin and its own row number, and {@link #origin()} makes the row's origin when a
 * problem names it (a third less memory held per value, and less for the collector to copy).
 */
public final class Observation {

    private final String kpi;
    private final LocalDate date;
    private final double value;
    private final Double target;
    private final String note;
    private final Origin table;
    private final int row;

    public Observation(String kpi, LocalDate date, double value, Double target, String note, Origin origin) {
        this(kpi, date, value, target, note, origin, origin.row());
    }

    /** @param table the origin of any row of the table (its columns are every row's); {@code row} replaces its row */
    public Observation(String kpi, LocalDate date, double value, Double target, String note, Origin table, int row) {
        this.kpi = kpi;
        this.date = date;
        this.value = value;
        this.target = target;
        this.note = note;
        this.table = Objects.requireNonNull(table, "table");
        this.row = row;
    }

    public String kpi() {
        return kpi;
    }

    public LocalDate date() {
        return date;
    }

    public double value() {
        return value;
    }

    public Double target() {
        return target;
    }

    public String note() {
        return note;
    }

    public Origin origin() {
        return table.row() == row ? table : table.atRow(row);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Observation o && row == o.row && Double.compare(value, o.value) == 0
                && Objects.equals(kpi, o.kpi) && Objects.equals(date, o.date) && Objects.equals(target, o.target)
                && Objects.equals(note, o.note) && Objects.equals(table.file(), o.table.file())
                && Objects.equals(table.sheet(), o.table.sheet()) && table.columns().equals(o.table.columns());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kpi, date, value, target, note, row);
    }

    @Override
    public String toString() {
        return "Observation[kpi=" + kpi + ", date=" + date + ", value=" + value + ", target=" + target + ", note="
                + note + ", origin=" + origin() + "]";
    }

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
