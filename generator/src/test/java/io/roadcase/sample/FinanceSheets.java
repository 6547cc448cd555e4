package io.roadcase.sample;

import io.roadcase.sample.SheetBuilder.Column;
import io.roadcase.sample.SheetBuilder.Format;
import io.roadcase.sample.SheetBuilder.Formula;
import io.roadcase.sample.SheetBuilder.Styled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Northwind Cloud's funding cases, as Finance keeps them: one yearly, one quarterly, one monthly and one
 * dated case (cash flows on calendar dates, in EUR), plus a rejected one that never pays back.
 * Amounts were chosen so that the two approved cases have a positive NPV that turns negative in the
 * pessimistic scenario, with a payback between one and three years, and the dated case has a clean
 * sign pattern (costs first, then only net inflows) so its XIRR has one root.
 */
final class FinanceSheets {

    private FinanceSheets() {
    }

    /** The {@code Funding Cases} sheet with the briefs' narratives. */
    static void fundingCases(SheetBuilder builder) {
        List<Column> columns = List.of(
                new Column("ID", 17, Format.TEXT), new Column("Title", 34, Format.WRAP),
                new Column("Status", 10, Format.TEXT), new Column("Sponsor", 24, Format.TEXT),
                new Column("Owner", 24, Format.TEXT), new Column("Ask", 13, Format.MONEY),
                new Column("Currency", 9, Format.TEXT), new Column("Discount rate", 9, Format.PERCENT),
                new Column("Periodicity", 11, Format.TEXT), new Column("Start", 11, Format.DATE),
                new Column("Decision by", 11, Format.DATE), new Column("Cost sharing", 30, Format.WRAP),
                new Column("KPIs", 26, Format.TEXT), new Column("Summary", 60, Format.WRAP),
                new Column("Problem", 60, Format.WRAP), new Column("Proposal", 60, Format.WRAP),
                new Column("Alternatives", 60, Format.WRAP), new Column("Budget line", 13, Format.TEXT));
        List<Object[]> rows = List.of(
                new Object[] {"fc-self-serve", "Self-serve sign-up and in-app billing", "funded",
                    "Sofia Lindqvist (VP Growth)", "Ravi Menon (Product, Growth)",
                    new Formula("6*160000+60000+2*160000"), "USD", null, "yearly", d(2026, 4, 1), d(2026, 3, 15),
                    "Growth 60%, Product 40%", "trial-conversion, arr",
                    NarrativeText.SELF_SERVE_SUMMARY, NarrativeText.SELF_SERVE_PROBLEM,
                    NarrativeText.SELF_SERVE_PROPOSAL, NarrativeText.SELF_SERVE_ALTERNATIVES, "FY27-GRO-004"},
                new Object[] {"fc-observability", "Unified observability and on-call overhaul", "approved",
                    "Marcus Oyelaran (CTO)", "Elena Petrova (Platform)", null, "USD", null, "quarterly",
                    d(2026, 10, 1), d(2026, 9, 30), "Engineering 50%, Support 30%, Finance 20%",
                    "mttr, change-failure-rate, availability",
                    NarrativeText.OBSERVABILITY_SUMMARY, NarrativeText.OBSERVABILITY_PROBLEM,
                    NarrativeText.OBSERVABILITY_PROPOSAL, NarrativeText.OBSERVABILITY_ALTERNATIVES, "FY27-ENG-011"},
                new Object[] {"fc-eu-region", "EU data residency region (Frankfurt)", "proposed",
                    "Jonas Becker (GM EMEA)", "Elena Petrova (Platform)", null, "EUR", 0.12, null, null,
                    d(2026, 12, 10), "Engineering 40%, Sales EMEA 60%", "arr",
                    NarrativeText.EU_SUMMARY, NarrativeText.EU_PROBLEM, NarrativeText.EU_PROPOSAL,
                    NarrativeText.EU_ALTERNATIVES, "FY27-EMEA-002"},
                new Object[] {"fc-support-ai", "AI-assisted ticket triage pilot", "draft",
                    "Hannah Kowalczyk (VP Support)", "Tomás Ferreira (Support Tools)", null, "USD", null, "monthly",
                    d(2026, 12, 1), d(2027, 1, 20), "Support 70%, Engineering 30%", "cost-per-ticket",
                    NarrativeText.SUPPORT_AI_SUMMARY, NarrativeText.SUPPORT_AI_PROBLEM,
                    NarrativeText.SUPPORT_AI_PROPOSAL, NarrativeText.SUPPORT_AI_ALTERNATIVES, null},
                new Object[] {"fc-onprem-extension", "Extended support for the on-premises v1 connector", "rejected",
                    "Grace Liu (VP Customer Success)", "Nadia Haddad (Support Tools)",
                    new Formula("3*(330000+40000)"), "USD", null, null, d(2026, 4, 1), d(2026, 7, 15), null,
                    "logo-churn, arr", NarrativeText.ONPREM_SUMMARY, NarrativeText.ONPREM_PROBLEM,
                    NarrativeText.ONPREM_PROPOSAL, NarrativeText.ONPREM_ALTERNATIVES, null});
        builder.table("Funding Cases", "Funding cases", "Discount rate blank = 10% (settings). "
                + "Ask blank = total costs of the base scenario.", columns, rows, 1);
    }

    /** The {@code Cash Flows} sheet: period indexes for the periodic cases, dates for the EU region. */
    static void cashFlows(SheetBuilder builder) {
        List<Object[]> rows = new ArrayList<>();
        selfServe(rows);
        observability(rows);
        euRegion(rows);
        supportAi(rows);
        onPremExtension(rows);
        List<Column> columns = List.of(
                new Column("Case", 19, Format.TEXT), new Column("Period", 11, Format.INTEGER),
                new Column("Type", 9, Format.TEXT), new Column("Category", 28, Format.TEXT),
                new Column("Amount", 13, Format.MONEY), new Column("Note", 44, Format.TEXT));
        builder.table("Cash Flows", "Cash flows by case",
                "Period = number of periods after the case start (0 = start), or a date for dated cases. "
                        + "Amounts in the case currency, costs positive.", columns, rows, 1);
    }

    /** The {@code Scenarios} sheet: two for every case ({@code *}) and two for one case only. */
    static void scenarios(SheetBuilder builder) {
        List<Column> columns = List.of(
                new Column("Case", 17, Format.TEXT), new Column("Scenario", 18, Format.TEXT),
                new Column("Cost factor", 10, Format.DECIMAL), new Column("Benefit factor", 10, Format.DECIMAL),
                new Column("Benefit delay", 10, Format.INTEGER), new Column("Rationale", 50, Format.WRAP));
        List<Object[]> rows = List.of(
                new Object[] {"*", "Optimistic", 0.95, 1.15, 0, "Vendor discounts, faster adoption."},
                new Object[] {"*", "Pessimistic", 1.2, 0.7, 1, "Overrun of 20 %, benefits 30 % lower and one period late."},
                new Object[] {"fc-eu-region", "Pessimistic", 1.25, 0.75, 6,
                    "Works-council reviews push the first EU deals back six months."},
                new Object[] {"fc-observability", "Vendor price rise", 1.3, 1.0, 0,
                    "List price +40 % on the licences at renewal; other costs unchanged."});
        builder.table("Scenarios", "Scenarios", "Base (all factors 1) always exists. A row for one case wins over "
                + "the * row of the same name. Benefit delay in periods (months for dated cases).", columns, rows, 2);
    }

    /** Yearly from April 2026: six engineers build for a year, two keep it running. */
    private static void selfServe(List<Object[]> rows) {
        String id = "fc-self-serve";
        rows.add(flow(id, 0, "capex", "Build team", new Formula("6*160000"), "Six engineers for a year, fully loaded"));
        rows.add(flow(id, 0, "capex", "Payment provider setup", 60000, null));
        int[] revenue = {450_000, 900_000, 1_300_000, 1_600_000};
        int[] salesHours = {120_000, 180_000, 200_000, 200_000};
        for (int year = 1; year <= 4; year++) {
            rows.add(flow(id, year, "opex", "Run team", new Formula("2*160000"), null));
            rows.add(flow(id, year, "opex", "Payment fees", new Formula("0.03*" + revenue[year - 1]),
                    year == 1 ? "3 % of self-serve revenue" : null));
            rows.add(flow(id, year, "revenue", "New self-serve ARR", revenue[year - 1], null));
            rows.add(flow(id, year, "savings", "Sales-assist hours", salesHours[year - 1],
                    year == 1 ? "About 6 hours of sales time per small deal" : null));
        }
    }

    /** Quarterly from October 2026, three years of licences. */
    private static void observability(List<Object[]> rows) {
        String id = "fc-observability";
        rows.add(flow(id, 0, "capex", "Implementation", 220000, "Partner days and internal time"));
        rows.add(flow(id, 1, "capex", "Implementation", 120000, null));
        rows.add(flow(id, 1, "opex", "Training", 25000, "Incident commander training"));
        for (int quarter = 0; quarter < 12; quarter++) {
            rows.add(flow(id, quarter, "opex", "Platform licences", new Formula("3*14000"),
                    quarter == 0 ? "$14,000 a month, three-year commitment" : null));
            if (quarter >= 2) {
                rows.add(flow(id, quarter, "saving", "Legacy tools retired", 30000, null));
                rows.add(flow(id, quarter, "saving", "Incident cost avoided",
                        quarter == 2 ? 40000 : quarter == 3 ? 60000 : 75000, quarter == 2 ? "Credits, overtime, lost hours" : null));
            }
            if (quarter >= 3) {
                rows.add(flow(id, quarter, "saving", "On-call overtime", 15000, null));
            }
        }
    }

    /** Dated, in EUR: build-out in January 2027, then hosting and revenue at quarter ends. */
    private static void euRegion(List<Object[]> rows) {
        String id = "fc-eu-region";
        rows.add(flow(id, d(2026, 12, 15), "opex", "Legal and DPA review", 60000, "Outside counsel, works councils"));
        rows.add(flow(id, d(2027, 1, 15), "capex", "Region build-out", 900000, null));
        rows.add(flow(id, d(2027, 3, 1), "capex", "Security certification", 180000, "C5 and ISO 27001 scope extension"));
        int[] revenue = {150_000, 220_000, 290_000, 340_000, 380_000, 410_000, 430_000, 450_000};
        LocalDate quarterEnd = d(2027, 6, 30);
        for (int q = 0; q < 9; q++) {
            rows.add(flow(id, quarterEnd, "opex", "Hosting (Frankfurt)", 70000, null));
            if (q >= 1) {
                rows.add(flow(id, quarterEnd, "revenue", "EU enterprise deals", revenue[q - 1],
                        q == 1 ? "First three customers live" : null));
            }
            quarterEnd = quarterEnd.plusMonths(3).withDayOfMonth(quarterEnd.plusMonths(3).lengthOfMonth());
        }
    }

    /** Monthly from December 2026: a licence, a one-off integration and savings that ramp up. */
    private static void supportAi(List<Object[]> rows) {
        String id = "fc-support-ai";
        rows.add(flow(id, 0, "capex", "Integration project", 150000, "Help-desk integration, one-off"));
        for (int month = 0; month < 24; month++) {
            rows.add(flow(id, month, "opex", "AI vendor licence", new Formula("114000/12"),
                    month == 0 ? "$114,000 a year, billed monthly" : null));
            if (month >= 3) {
                rows.add(flow(id, month, "saving", "Agent hours saved", Math.min(4000 + 1500 * (month - 3), 16000), null));
            }
            if (month >= 6) {
                rows.add(flow(id, month, "saving", "Deflected tickets", 3000, null));
            }
        }
    }

    /** Yearly: loses money every year, so the IRR has no root and the case never pays back. */
    private static void onPremExtension(List<Object[]> rows) {
        String id = "fc-onprem-extension";
        for (int year = 0; year < 3; year++) {
            rows.add(flow(id, year, "expense", "Maintenance team", new Formula("2*165000"), null));
            rows.add(flow(id, year, "expense", "Security patching", 40000, null));
            rows.add(flow(id, year, "income", "Retained ARR", 250000, year == 0 ? "14 customers" : null));
        }
    }

    private static Object[] flow(String caseId, Object period, String type, String category, Object amount,
            String note) {
        Object when = period instanceof LocalDate ? new Styled(period, Format.DATE) : period;
        return new Object[] {caseId, when, type, category, amount, note};
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
