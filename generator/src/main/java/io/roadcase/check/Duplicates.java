package io.roadcase.check;

import static io.roadcase.check.Findings.q;

import io.roadcase.model.Origin;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Scenario;
import io.roadcase.read.RoadmapTable;
import io.roadcase.read.ScenarioTable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        if (portfolio.objectives() != null) {
            ids("objectives", portfolio.objectives(), o -> o.id(), o -> o.origin(), findings);
        }
    }

    private static <T> void ids(String table, List<T> records, Function<T, String> id, Function<T, Origin> origin,
            Findings findings) {
        Map<String, T> first = new HashMap<>();
        Map<String, T> folded = new HashMap<>();
        for (T record : records) {
            String value = id.apply(record);
            T earlier = first.putIfAbsent(value, record);
            if (earlier != null) {
                findings.twoPlaces(origin.apply(record), origin.apply(earlier), RoadmapTable.ID.name(),
                        "duplicate id " + q(value) + " in " + table
                                + ": ids must be unique across every sheet and file");
                continue;
            }
            // Ids name files (kpis/<id>.html, pdf/<id>.pdf): Windows and macOS do not tell K1 from k1.
            T sameFile = folded.putIfAbsent(value.toLowerCase(Locale.ROOT), record);
            if (sameFile != null) {
                findings.twoPlaces(origin.apply(record), origin.apply(sameFile), RoadmapTable.ID.name(),
                        "id " + q(value) + " in " + table + " differs from " + q(id.apply(sameFile))
                                + " only in case; they would name the same file on Windows and macOS: rename one");
            }
            String reserved = reserved(value, table);
            if (reserved != null) {
                findings.error(origin.apply(record), RoadmapTable.ID.name(), "id " + q(value) + " in " + table
                        + " cannot be used: " + reserved + "; rename it");
            }
        }
    }

    private static final java.util.regex.Pattern WINDOWS_DEVICE =
            java.util.regex.Pattern.compile("(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])");

    /**
     * Why an id cannot name its files, or null. Output names are unambiguous by construction (a folder per
     * kind, the id as the whole file name); what remains are the portfolio brief's name beside the case
     * briefs ({@code pdf/portfolio.pdf}) and the device names Windows reserves in any folder.
     */
    static String reserved(String id, String table) {
        String lower = id.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        if (WINDOWS_DEVICE.matcher(dot < 0 ? lower : lower.substring(0, dot)).matches()) {
            return "Windows reserves the file name " + id.substring(0, dot < 0 ? id.length() : dot)
                    + " (a device), so its page could not be opened there";
        }
        if (lower.endsWith(".")) {
            return "Windows drops a dot at the end of a file name, so its files would lose the dot";
        }
        if (table.equals("funding_cases") && lower.equals("portfolio")) {
            return "its brief would be pdf/portfolio.pdf, the portfolio brief's name";
        }
        return null;
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
