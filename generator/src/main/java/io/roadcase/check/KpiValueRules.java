package io.roadcase.check;

import static io.roadcase.check.Findings.number;
import static io.roadcase.check.Findings.q;

import io.roadcase.model.Kpi;
import io.roadcase.model.Observation;
import io.roadcase.model.Portfolio;
import io.roadcase.read.KpiValuesTable;
import java.util.List;

/**
 * Rules over kpi_values, which may have a million rows: an unknown KPI or a % value above 1 is reported
 * once per KPI (at its first row, with a count) rather than once per row; repeated dates are found in
 * each KPI's values ordered by date, which needs no sort when the rows come in date order.
 */
final class KpiValueRules {

    private KpiValueRules() {
    }

    static void check(Portfolio portfolio, RecordsById index, Findings findings) {
        Observation.byKpi(portfolio.observations()).forEach((id, values) -> {
            Observation first = values.get(0);
            Kpi kpi = index.kpis.get(id);
            if (kpi == null) {
                findings.error(first.origin(), KpiValuesTable.KPI.name(),
                        "kpi: no id " + q(id) + " in the kpis table (ids are case-sensitive)" + more(values.size()));
            } else if (kpi.isPercent()) {
                percentAboveOne(kpi, values, findings);
            }
            repeatedDates(values, findings);
        });
    }

    private static void percentAboveOne(Kpi kpi, List<Observation> values, Findings findings) {
        Observation first = null;
        int rows = 0;
        for (Observation value : values) {
            if (value.value() > 1) {
                first = first == null ? value : first;
                rows++;
            }
        }
        if (first != null) {
            findings.warning(first.origin(), KpiValuesTable.VALUE.name(),
                    "KPI " + q(kpi.id()) + " has unit %, so its values are fractions (0.95 = 95 %), found "
                            + number(first.value()) + "; probably a percent typed as a whole number" + more(rows));
        }
    }

    private static String more(int rows) {
        return rows > 1 ? " (" + rows + " rows like this)" : "";
    }

    /** The same date twice in one KPI's values: one problem per repeat, naming the first row too. */
    private static void repeatedDates(List<Observation> values, Findings findings) {
        List<Observation> ordered = Observation.byDate(values);
        Observation first = ordered.get(0);
        for (int i = 1; i < ordered.size(); i++) {
            Observation value = ordered.get(i);
            if (value.date().equals(first.date())) {
                findings.twoPlaces(value.origin(), first.origin(), KpiValuesTable.DATE.name(),
                        "KPI " + q(value.kpi()) + " has two values for " + value.date()
                                + "; keep one row per KPI and date");
            } else {
                first = value;
            }
        }
    }
}
