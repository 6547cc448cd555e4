package io.roadcase.sample;

import io.roadcase.sample.SheetBuilder.Column;
import io.roadcase.sample.SheetBuilder.Format;
import java.time.LocalDate;
import java.util.List;

/**
 * Northwind's strategy: objectives with key results among its KPIs (a yearly goal, quarterly objectives
 * serving it, three levels deep), and an epic whose stories serve them.
 */
final class StrategySheets {

    private StrategySheets() {
    }

    /** The OKRs sheet of the portfolio workbook: periods written the ways people write them. */
    static void objectives(SheetBuilder builder) {
        List<Column> columns = List.of(
                new Column("ID", 12, Format.TEXT), new Column("Objective", 36, Format.WRAP),
                new Column("Owner", 16, Format.TEXT), new Column("Quarter", 10, Format.TEXT),
                new Column("Start", 11, Format.DATE), new Column("End", 11, Format.DATE),
                new Column("Parent", 12, Format.TEXT), new Column("Status", 10, Format.TEXT),
                new Column("Key results", 26, Format.TEXT), new Column("Description", 60, Format.WRAP));
        List<Object[]> rows = List.of(
                new Object[] {"NW-2026", "Grow recurring revenue to $30M ARR", "Dana Whitfield", 2026, null, null,
                    null, null, "arr, gross-margin",
                    "The company goal for the year: **growth that pays for itself** (gross margin held at 75 %)."},
                new Object[] {"NW-Q4-SELF", "Make self-serve a real sales channel", "Ravi Menon", "Q4 2026", null,
                    null, "NW-2026", null, "trial-conversion",
                    "Small customers sign up and pay without talking to sales."},
                new Object[] {"NW-Q4-KEEP", "Keep the customers we have", "Chloé Dubois", "2026-Q4", null, null,
                    "NW-2026", null, "logo-churn, nps", "Churn down, promoters up."},
                new Object[] {"NW-Q4-CHK", "A checkout that converts", "Ravi Menon", "Q4 2026", null, null,
                    "NW-Q4-SELF", null, null,
                    "Measured through its parent's key results; the checkout epic serves it."},
                new Object[] {"NW-H1-PLT", "Run a platform that scales with us", "Priya Raman", "H1 2027", null,
                    null, null, null, "availability, mttr", "Reliability before the mid-market push."},
                new Object[] {"NW-MM", "Win the first mid-market accounts", "Dana Whitfield", null,
                    LocalDate.of(2027, 1, 1), LocalDate.of(2027, 9, 30), "NW-2026", "on track", null,
                    "A pilot with three accounts; the status is the sales lead's call."});
        builder.table("OKRs", "Objectives and key results",
                "Key results are KPI ids (KPIs sheet). Status blank = computed from the key results.", columns,
                rows, 2);
    }

    /** An epic in the growth workbook with its stories: theme, team and dates come from the epic. */
    static void epic(SheetBuilder builder) {
        List<Column> columns = List.of(
                new Column("ID", 9, Format.TEXT), new Column("Initiative", 34, Format.WRAP),
                new Column("Pillar", 18, Format.TEXT), new Column("Team", 9, Format.TEXT),
                new Column("Owner", 14, Format.TEXT), new Column("Status", 12, Format.TEXT),
                new Column("Start", 11, Format.DATE), new Column("End", 11, Format.DATE),
                new Column("Effort", 7, Format.DECIMAL), new Column("Progress", 9, Format.PERCENT),
                new Column("Parent", 9, Format.TEXT), new Column("Objective", 12, Format.TEXT),
                new Column("Description", 60, Format.WRAP));
        List<Object[]> rows = List.of(
                new Object[] {"GRW-320", "Checkout that converts (epic)", "Self-serve growth", "Growth", "Ravi Menon",
                    "Doing", null, null, null, null, null, "NW-Q4-CHK",
                    "Dates and progress come from its stories."},
                new Object[] {"GRW-321", "Localised checkout (EUR, GBP)", null, null, "Sam Okafor", "Shipped",
                    d(2026, 9, 1), d(2026, 10, 16), 3, 1.0, "GRW-320", "NW-Q4-CHK", null},
                new Object[] {"GRW-322", "Tax-inclusive prices", null, null, "Chloé Dubois", "Doing",
                    d(2026, 10, 19), d(2026, 12, 18), 5, 0.4, "GRW-320", "NW-Q4-CHK", null},
                new Object[] {"GRW-323", "Card retries and dunning e-mails", null, null, "Sam Okafor", "Not started",
                    d(2027, 1, 4), d(2027, 2, 26), 2, 0.0, "GRW-320", "NW-Q4-KEEP",
                    "Failed renewals are the first churn to fix."});
        builder.table("Roadmap items", "Checkout epic and its stories",
                "Parent = the epic's ID: stories take its pillar and team, the epic spans their dates.", columns,
                rows, 2);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
