package io.roadcase.sample;

import io.roadcase.sample.SheetBuilder.Column;
import io.roadcase.sample.SheetBuilder.Format;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sample's own charts (docs/charts.md): two data sheets the Platform and Support teams keep beside
 * the portfolio, and a charts table drawing four charts of different types on four different pages.
 */
final class ChartSheets {

    private static final String[] SEVERITIES = {"sev1", "sev2", "sev3"};
    private static final String[] CHANNELS = {"Chat", "E-mail", "Phone", "Portal", "Field visit"};

    private ChartSheets() {
    }

    /** Incidents per month by severity, with the minutes to restore each: a seeded, plausible year. */
    static void incidents(SheetBuilder builder) {
        List<Column> columns = List.of(new Column("Month", 12, Format.DATE), new Column("Severity", 10, Format.TEXT),
                new Column("Team", 12, Format.TEXT), new Column("Incidents", 10, Format.INTEGER),
                new Column("Minutes to restore", 18, Format.INTEGER));
        Random random = new Random(19);
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate month = LocalDate.of(2025, 11, 1); month.isBefore(LocalDate.of(2026, 11, 1));
                month = month.plusMonths(1)) {
            for (int s = 0; s < SEVERITIES.length; s++) {
                String team = (month.getMonthValue() + s) % 2 == 0 ? "Platform" : "Field";
                int incidents = 1 + random.nextInt(3 + 4 * s);
                int minutes = (int) Math.round((120 - 35 * s) * (0.6 + random.nextDouble()));
                rows.add(new Object[] {month, SEVERITIES[s], team, incidents, minutes});
            }
        }
        builder.table("Data Incidents", "Incidents by month", "A data sheet: any table Roadcase can chart (see the"
                + " Charts sheet). One row per month and severity, from the on-call tool.", columns, rows, 1);
    }

    /** Support tickets and satisfaction by channel for the last quarter. */
    static void support(SheetBuilder builder) {
        List<Column> columns = List.of(new Column("Channel", 14, Format.TEXT), new Column("Tickets", 10, Format.INTEGER),
                new Column("CSAT", 10, Format.PERCENT), new Column("Cost per ticket", 16, Format.DOLLAR_CENTS));
        List<Object[]> rows = List.of(
                new Object[] {CHANNELS[0], 4210, 0.91, 4.10},
                new Object[] {CHANNELS[1], 2875, 0.84, 6.75},
                new Object[] {CHANNELS[2], 1630, 0.88, 11.40},
                new Object[] {CHANNELS[3], 3390, 0.79, 2.20},
                new Object[] {CHANNELS[4], 410, 0.95, 148.00});
        builder.table("Data Support Channels", "Support by channel, Q3 2026", "A data sheet for the charts table.",
                columns, rows, 1);
    }

    /** Four charts of different types, each on its own page: overview, a KPI, a funding case, the KPIs page. */
    static void charts(SheetBuilder builder) {
        List<Column> columns = List.of(new Column("Id", 20, Format.TEXT), new Column("Title", 34, Format.TEXT),
                new Column("Type", 12, Format.TEXT), new Column("Data", 26, Format.TEXT),
                new Column("X", 10, Format.TEXT), new Column("Y", 18, Format.TEXT),
                new Column("Series by", 10, Format.TEXT), new Column("Stacked", 8, Format.TEXT),
                new Column("Unit", 10, Format.TEXT), new Column("Page", 16, Format.TEXT),
                new Column("Note", 60, Format.WRAP));
        List<Object[]> rows = List.of(
                new Object[] {"incidents-by-month", "Incidents by month and severity", "stacked bar", "incidents",
                    "month", "incidents", "severity", "yes", "incidents", "overview",
                    "From the on-call tool. **sev1** means customers could not work."},
                new Object[] {"restore-times", "Minutes to restore by severity", "box", "incidents", null,
                    "minutes to restore", "severity", null, "minutes", "mttr",
                    "Each box spans the middle half of the incidents of one severity."},
                new Object[] {"tickets-by-channel", "Support tickets by channel", "donut", "support channels",
                    "channel", "tickets", null, null, "tickets", "fc-support-ai",
                    "The AI assistant would answer chat and portal tickets first."},
                new Object[] {"churn-and-conversion", "Churn and trial conversion", "line",
                    "kpi:logo-churn, trial-conversion", null, null, null, null, "%", "kpis", null});
        builder.table("Charts", "Our own charts", "One chart per row; docs/charts.md lists the types and pages.",
                columns, rows, 1);
    }
}
