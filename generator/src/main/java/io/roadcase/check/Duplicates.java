package io.roadcase.check;

import static io.roadcase.check.Findings.q;

import io.roadcase.model.Origin;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Scenario;
import io.roadcase.read.RoadmapTable;
import io.roadcase.read.ScenarioTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ids unique per table across every file and sheet; one problem names both places. */
final class Duplicates {

    private Duplicates() {
    }

    static void check(Portfolio portfolio, Findings findings) {
        ids("roadmap", portfolio.initiatives(), i -> i.id(), i -> i.origin(), findings);
        ids("kpis", portfolio.kpis(), k -> k.id(), k -> k.origin(), findings);
        ids("funding_cases", portfolio.fundingCases(), c -> c.id(), c -> c.origin(), findings);
        scenarios(portfolio.scenarios(), findings);
    }

    private static <T> void ids(String table, List<T> records, Function<T, String> id, Function<T, Origin> origin,
            Findings findings) {
        Map<String, T> first = new HashMap<>();
        for (T record : records) {
            T earlier = first.putIfAbsent(id.apply(record), record);
            if (earlier != null) {
                findings.twoPlaces(origin.apply(record), origin.apply(earlier), RoadmapTable.ID.name(),
                        "duplicate id " + q(id.apply(record)) + " in " + table
                                + ": ids must be unique across every sheet and file");
            }
        }
    }

    /** The same scenario twice for the same case (or twice for *) leaves its factors undecided. */
    private static void scenarios(List<Scenario> scenarios, Findings findings) {
        Map<String, Scenario> first = new HashMap<>();
        for (Scenario scenario : scenarios) {
            String key = scenario.caseId() + "\u0000" + scenario.name().toLowerCase(java.util.Locale.ROOT);
            Scenario earlier = first.putIfAbsent(key, scenario);
            if (earlier != null) {
                findings.twoPlaces(scenario.origin(), earlier.origin(), ScenarioTable.SCENARIO.name(),
                        "scenario " + q(scenario.name()) + " is given twice for case " + q(scenario.caseId())
                                + "; keep one row");
            }
        }
    }
}
