package io.roadcase.check;

import static io.roadcase.check.Findings.number;
import static io.roadcase.check.Findings.q;

import io.roadcase.model.Kpi;
import io.roadcase.model.Observation;
import io.roadcase.model.Portfolio;
import io.roadcase.read.KpiValuesTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules over kpi_values, which may have a million rows: an unknown KPI or a % value above 1 is reported
 * once per KPI (at its first row, with a count) rather than once per row; repeated dates are found by
 * one sort, not by a map of every date.
 */
final class KpiValueRules {

    private KpiValueRules() {
    }

    static void check(Portfolio portfolio, RecordsById index, Findings findings) {
        Map<String, Tally> unknown = new LinkedHashMap<>();
        Map<String, Tally> percentAboveOne = new LinkedHashMap<>();
        for (Observation value : portfolio.observations()) {
            Kpi kpi = index.kpis.get(value.kpi());
            if (kpi == null) {
                unknown.computeIfAbsent(value.kpi(), k -> new Tally(value)).rows++;
            } else if (kpi.isPercent() && value.value() > 1) {
                percentAboveOne.computeIfAbsent(value.kpi(), k -> new Tally(value)).rows++;
            }
        }
        unknown.forEach((kpi, tally) -> findings.error(tally.first.origin(), KpiValuesTable.KPI.name(),
                "kpi: no id " + q(kpi) + " in the kpis table (ids are case-sensitive)" + more(tally.rows)));
        percentAboveOne.forEach((kpi, tally) -> findings.warning(tally.first.origin(), KpiValuesTable.VALUE.name(),
                "KPI " + q(kpi) + " has unit %, so its values are fractions (0.95 = 95 %), found "
                        + number(tally.first.value()) + "; probably a percent typed as a whole number"
                        + more(tally.rows)));
        repeatedDates(portfolio.observations(), findings);
    }

    /** The first row of one kind of fault and how many rows have it. */
    private static final class Tally {
        final Observation first;
        int rows;

        Tally(Observation first) {
            this.first = first;
        }
    }

    private static String more(int rows) {
        return rows > 1 ? " (" + rows + " rows like this)" : "";
    }

    /** The same KPI and date twice: one problem per repeat, naming the first row too. */
    private static void repeatedDates(List<Observation> values, Findings findings) {
        List<Observation> sorted = new ArrayList<>(values);
        // A stable sort keeps rows of the same kpi and date in input order: the first is the original.
        sorted.sort(Comparator.comparing(Observation::kpi).thenComparing(Observation::date));
        Observation first = sorted.isEmpty() ? null : sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Observation value = sorted.get(i);
            if (value.kpi().equals(first.kpi()) && value.date().equals(first.date())) {
                findings.twoPlaces(value.origin(), first.origin(), KpiValuesTable.DATE.name(),
                        "KPI " + q(value.kpi()) + " has two values for " + value.date()
                                + "; keep one row per KPI and date");
            } else {
                first = value;
            }
        }
    }
}
