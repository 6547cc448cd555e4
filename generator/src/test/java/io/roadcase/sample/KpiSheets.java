package io.roadcase.sample;

import io.roadcase.sample.SheetBuilder.Column;
import io.roadcase.sample.SheetBuilder.Format;
import io.roadcase.sample.SheetBuilder.Styled;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Northwind Cloud's KPIs and their monthly values. Most values go to the long {@code KPI Values}
 * sheet of the portfolio workbook; Finance keeps ARR and gross margin in its own workbook in the wide
 * layout (one column per month), as finance teams do. Each series is a noisy line from a first to a
 * chosen latest value, so the status of every KPI (green, amber, red, no target) is by design.
 */
final class KpiSheets {

    /** First month of the history and the last month reported before the report date (24 Nov 2026). */
    static final LocalDate FIRST_MONTH = LocalDate.of(2025, 3, 1);
    static final LocalDate LAST_MONTH = LocalDate.of(2026, 10, 1);

    /** The KPIs Finance reports in its own workbook, in the wide layout. */
    static final List<String> FINANCE_KPIS = List.of("arr", "gross-margin");

    /** A KPI definition, the format its values are shown in, and how its history is made up. */
    record Kpi(String id, String name, String category, String unit, String direction, Double target,
            LocalDate targetDate, Double baseline, Double tolerance, int decimals, String owner, String description,
            Format format, Series series) {
    }

    /**
     * A made-up history: a straight line from {@code first} to {@code latest} plus Gaussian noise of
     * {@code noise}, rounded to {@code scale} decimals; the latest value is exact so the status is
     * known. {@code events} replace a month's value (an outage) and {@code notes} annotate months.
     */
    record Series(LocalDate from, double first, double latest, double noise, int scale, Map<LocalDate, Double> events,
            Map<LocalDate, String> notes) {
    }

    private KpiSheets() {
    }

    /** Every KPI of the sample, customer first, then efficiency, reliability and financial. */
    static List<Kpi> kpis() {
        return List.of(
                new Kpi("nps", "Net Promoter Score", "customer", "points", "higher", 45.0, d(2027, 3, 31), 31.0, null, 0,
                        "Aiko Tanaka", "Relationship survey of all admin users, rolling 90 days.", Format.INTEGER,
                        series(31, 42, 1.5, 0,
                                Map.of(d(2025, 9, 1), 27.0, d(2026, 5, 1), 43.0, d(2026, 6, 1), 45.0, d(2026, 7, 1), 44.0,
                                        d(2026, 8, 1), 44.0, d(2026, 9, 1), 43.0),
                                Map.of(d(2025, 9, 1), "Price increase announced", d(2026, 6, 1), "Field app 3.0 released",
                                        d(2026, 9, 1), "Support backlog after the September release"))),
                new Kpi("trial-conversion", "Trial-to-paid conversion", "customer", "%", "higher", 0.20, d(2027, 3, 31),
                        0.12, null, 1, "Ravi Menon",
                        "Share of 14-day trials that become **paying accounts** within 30 days of sign-up.",
                        Format.PERCENT_1,
                        series(0.121, 0.165, 0.006, 4, Map.of(), Map.of(d(2026, 8, 1), "New pricing page (GRW-302)"))),
                new Kpi("logo-churn", "Monthly logo churn", "customer", "%", "lower is better", 0.008, d(2027, 3, 31),
                        0.014, 0.15, 2, "Grace Liu", "Paying accounts lost in the month ÷ paying accounts at its start.",
                        Format.PERCENT_2, series(0.0142, 0.0078, 0.0007, 4, Map.of(), Map.of())),
                new Kpi("cost-per-ticket", "Support cost per ticket", "efficiency", "USD", "lower", 18.0, d(2027, 3, 31),
                        27.5, null, 2, "Hannah Kowalczyk",
                        "Fully loaded support cost divided by the tickets closed in the month.", Format.DOLLAR_CENTS,
                        series(27.4, 19.4, 0.6, 2, Map.of(), Map.of(d(2026, 6, 1), "Help-centre search relaunched (SUP-111)"))),
                new Kpi("deploy-frequency", "Production deploys per week", "efficiency", "deploys/week", "up", 20.0,
                        d(2026, 12, 31), 6.0, null, 1, "Elena Petrova", "Average over the weeks of the month.",
                        Format.DECIMAL,
                        series(6.2, 23.5, 1.2, 1, Map.of(), Map.of(d(2026, 5, 1), "Scheduling engine on Kubernetes (PLT-201)"))),
                new Kpi("mttr", "Incident MTTR", "reliability", "min", "lower", 45.0, d(2027, 3, 31), 96.0, null, 0,
                        "Lukas Brandt", "Mean time to restore service after Sev1 and Sev2 incidents, in minutes.",
                        Format.INTEGER,
                        series(96, 49, 6, 0, Map.of(d(2025, 8, 1), 182.0), Map.of(d(2025, 8, 1), "EU-West outage, 6 h (Sev1)"))),
                new Kpi("change-failure-rate", "Change failure rate", "reliability", "%", "lower", 0.10, d(2026, 12, 31),
                        0.22, null, 1, "Elena Petrova",
                        "Share of production deploys that cause an incident or a rollback. "
                                + "The target steps down each quarter (see the *Target* column of the values).",
                        Format.PERCENT_1, series(0.224, 0.128, 0.01, 3, Map.of(), Map.of())),
                new Kpi("availability", "API availability", "reliability", "%", "higher", 0.999, null, 0.9971, 0.0005, 2,
                        "Lukas Brandt", "Successful API requests ÷ all API requests, excluding announced maintenance.",
                        Format.PERCENT_2,
                        series(0.9972, 0.9994, 0.0003, 5, Map.of(d(2025, 8, 1), 0.9948), Map.of(d(2025, 8, 1), "EU-West outage"))),
                new Kpi("first-time-fix", "First-time fix rate", "customer", "%", "higher", 0.85, d(2027, 3, 31), 0.78,
                        null, 1, "Priya Natarajan", "Jobs closed on the first visit, without a return trip.",
                        Format.PERCENT_1,
                        new Series(d(2026, 1, 1), 0.781, 0.862, 0.006, 3, Map.of(),
                                Map.of(d(2026, 1, 1), "Measured since January 2026 (new job-closure form)"))),
                new Kpi("field-app-wau", "Weekly active technicians (field app)", "customer", "technicians", "higher",
                        null, null, null, null, 0, "Priya Natarajan",
                        "Distinct technicians with at least one job update in a week; monthly average. No target: "
                                + "we watch the trend.",
                        Format.INTEGER, series(8200, 14900, 250, 0, Map.of(), Map.of(d(2026, 6, 1), "Field app 3.0"))),
                new Kpi("arr", "Annual recurring revenue", "financial", "USD", "higher", 52_000_000.0, d(2027, 3, 31),
                        36_500_000.0, null, 0, "Dana Whitfield", "Month-end ARR from the billing system.", Format.DOLLARS,
                        series(36_400_000, 45_800_000, 250_000, -3, Map.of(), Map.of())),
                new Kpi("gross-margin", "Gross margin", "financial", "%", "higher", 0.75, d(2027, 3, 31), 0.69, null, 1,
                        "Dana Whitfield", "Revenue minus hosting, support and payment costs, ÷ revenue.",
                        Format.PERCENT_1, series(0.688, 0.727, 0.004, 3, Map.of(), Map.of())));
    }

    /** The definitions sheet of the portfolio workbook. */
    static void definitions(SheetBuilder builder) {
        List<Column> columns = List.of(
                new Column("ID", 18, Format.TEXT), new Column("Name", 30, Format.TEXT),
                new Column("Category", 12, Format.TEXT), new Column("Unit", 12, Format.TEXT),
                new Column("Direction", 15, Format.TEXT), new Column("Target", 13, Format.TEXT),
                new Column("Target date", 12, Format.DATE), new Column("Baseline", 13, Format.TEXT),
                new Column("Tolerance", 10, Format.PERCENT), new Column("Decimals", 9, Format.INTEGER),
                new Column("Owner", 17, Format.TEXT), new Column("Description", 60, Format.WRAP));
        List<Object[]> rows = new ArrayList<>();
        for (Kpi kpi : kpis()) {
            rows.add(new Object[] {kpi.id(), kpi.name(), kpi.category(), kpi.unit(), kpi.direction(),
                styled(kpi.target(), kpi.format()), kpi.targetDate(), styled(kpi.baseline(), kpi.format()),
                styled(kpi.tolerance(), kpi.tolerance() != null && kpi.tolerance() < 0.01 ? Format.PERCENT_2 : Format.PERCENT),
                kpi.decimals(), kpi.owner(), kpi.description()});
        }
        builder.table("KPIs", "KPI definitions", "Percent KPIs hold fractions (0.95 shows as 95%). "
                + "Tolerance is the amber band around the target (default 10%).", columns, rows, 1);
    }

    /** The long layout: one row per KPI and month, months in the order they were typed in. */
    static void longValues(SheetBuilder builder) {
        List<Column> columns = List.of(
                new Column("KPI", 18, Format.TEXT), new Column("Date", 11, Format.MONTH),
                new Column("Value", 13, Format.TEXT), new Column("Target", 11, Format.TEXT),
                new Column("Note", 44, Format.TEXT));
        Map<String, Map<LocalDate, Double>> histories = new LinkedHashMap<>();
        for (Kpi kpi : kpis()) {
            if (!FINANCE_KPIS.contains(kpi.id())) {
                histories.put(kpi.id(), history(kpi));
            }
        }
        Map<String, Kpi> byId = new LinkedHashMap<>();
        kpis().forEach(kpi -> byId.put(kpi.id(), kpi));
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            if (month.equals(LAST_MONTH)) {
                rows.add(new Object[] {"# October figures are provisional until the books close on 10 November"});
            }
            for (var entry : histories.entrySet()) {
                Double value = entry.getValue().get(month);
                if (value == null) {
                    continue;
                }
                Kpi kpi = byId.get(entry.getKey());
                Double periodTarget = "change-failure-rate".equals(kpi.id()) ? glidePath(month) : null;
                rows.add(new Object[] {kpi.id(), month, new Styled(value, kpi.format()),
                    styled(periodTarget, kpi.format()), kpi.series().notes().get(month)});
            }
        }
        builder.table("KPI Values", "KPI values (monthly)", "One row per KPI and month; append new months at the "
                + "bottom. ARR and gross margin are in finance.xlsx.", columns, rows, 1);
    }

    /** The wide layout Finance keeps: one row per KPI, one column per month (date cells as headers). */
    static void wideActuals(SheetBuilder builder) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("KPI", 14, Format.TEXT));
        for (LocalDate month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            columns.add(new Column(month, 12, Format.TEXT));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Kpi kpi : kpis()) {
            if (FINANCE_KPIS.contains(kpi.id())) {
                Object[] row = new Object[columns.size()];
                row[0] = kpi.id();
                Map<LocalDate, Double> history = history(kpi);
                for (int c = 1; c < columns.size(); c++) {
                    row[c] = styled(history.get((LocalDate) columns.get(c).header()), kpi.format());
                }
                rows.add(row);
            }
        }
        builder.table("Actuals", "Finance actuals: month-end figures",
                "Source: NetSuite month-end close. ARR in USD; gross margin as a share of revenue.", columns, rows, 1);
    }

    /** The monthly values of one KPI, reproducible: the noise is seeded by the KPI id. */
    static Map<LocalDate, Double> history(Kpi kpi) {
        Series series = kpi.series();
        Random random = new Random(kpi.id().hashCode());
        int months = (int) series.from().until(LAST_MONTH.plusMonths(1)).toTotalMonths();
        Map<LocalDate, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < months; i++) {
            LocalDate month = series.from().plusMonths(i);
            double line = series.first() + (series.latest() - series.first()) * i / (months - 1);
            double value = i == months - 1 ? series.latest() : line + random.nextGaussian() * series.noise();
            value = series.events().getOrDefault(month, value);
            if ("%".equals(kpi.unit())) {
                value = Math.min(value, 0.99995); // noise must not push a share above 100 %
            }
            values.put(month, BigDecimal.valueOf(value).setScale(series.scale(), RoundingMode.HALF_UP).doubleValue());
        }
        return values;
    }

    /** The change failure rate target steps down a quarter at a time from October 2025. */
    private static Double glidePath(LocalDate month) {
        if (month.isBefore(d(2025, 10, 1))) {
            return null;
        }
        int quartersIn = (int) d(2025, 10, 1).until(month).toTotalMonths() / 3;
        return BigDecimal.valueOf(0.18 - 0.02 * quartersIn).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static Series series(double first, double latest, double noise, int scale, Map<LocalDate, Double> events,
            Map<LocalDate, String> notes) {
        return new Series(FIRST_MONTH, first, latest, noise, scale, events, notes);
    }

    private static Styled styled(Double value, Format format) {
        return value == null ? null : new Styled(value, format);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
