package io.roadcase.starter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example rows of the starter workbook, by table and column name: one initiative that moves one
 * KPI and is paid by one funding case, with its cash flows, a scenario, a risk and a stakeholder, so
 * the site generated from it has something on every page.
 */
final class Examples {

    private Examples() {
    }

    /** Rows by table name, dated in {@code year}. */
    static Map<String, List<Map<String, Object>>> rows(int year) {
        LocalDate jan = LocalDate.of(year, 1, 1);
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("roadmap", List.of(row("id", "INIT-1", "title", "Self-service onboarding", "theme", "Growth",
                "team", "Web", "owner", "Ann Lee", "status", "in-progress", "start", jan,
                "end", LocalDate.of(year, 12, 31), "progress", 0.4, "confidence", "medium", "reach", 2000,
                "impact", "high", "effort", 5, "business_value", 8, "time_criticality", 5, "risk_reduction", 3,
                "job_size", 5, "kpis", "nps", "funding_case", "onboarding", "objective", "grow",
                "description", "New customers set up their account **without a call**.",
                "link", "https://example.com/INIT-1")));
        rows.put("kpis", List.of(row("id", "nps", "name", "Net promoter score", "unit", "pts",
                "direction", "higher", "target", 50, "target_date", LocalDate.of(year, 12, 31), "baseline", 30,
                "tolerance", 0.1, "category", "customer", "owner", "Ann Lee",
                "description", "Quarterly survey of active customers.", "decimals", 0)));
        rows.put("kpi_values", List.of(
                row("kpi", "nps", "date", jan, "value", 32, "note", "first survey"),
                row("kpi", "nps", "date", LocalDate.of(year, 4, 1), "value", 36, "target", 40)));
        rows.put("funding_cases", List.of(row("id", "onboarding", "title", "Self-service onboarding",
                "sponsor", "Chief Revenue Officer", "owner", "Ann Lee", "status", "proposed", "ask", 150000,
                "currency", "USD", "discount_rate", 0.08, "periodicity", "year", "start", jan,
                "decision_by", LocalDate.of(year, 3, 31),
                "summary", "Let customers onboard themselves and free the support team.",
                "problem", "Every new customer needs two support calls.",
                "proposal", "Build a guided setup in the web app.",
                "alternatives", "Hire two more support agents.",
                "cost_sharing", "Sales 60%, Support 40%", "kpis", "nps")));
        rows.put("cash_flows", List.of(
                row("case", "onboarding", "period", 0, "type", "cost", "category", "Build", "amount", 150000,
                        "note", "one team for six months"),
                row("case", "onboarding", "period", 1, "type", "benefit", "category", "Support savings",
                        "amount", 90000),
                row("case", "onboarding", "period", 2, "type", "benefit", "category", "Support savings",
                        "amount", 120000)));
        rows.put("scenarios", List.of(row("case", "*", "scenario", "Pessimistic", "cost_factor", 1.2,
                "benefit_factor", 0.8, "benefit_delay", 1)));
        rows.put("risks", List.of(row("risk", "Customers keep calling support anyway", "case", "onboarding",
                "initiative", "INIT-1", "likelihood", "medium", "impact", "high",
                "mitigation", "Test the setup with ten customers first", "owner", "Ann Lee", "status", "open")));
        rows.put("stakeholders", List.of(row("name", "Ann Lee", "email", "ann.lee@example.com",
                "role", "Product lead", "cases", "*", "portfolio", "yes")));
        rows.put("objectives", List.of(row("id", "grow", "title", "Grow self-service revenue", "owner", "Ann Lee",
                "period", Integer.toString(year), "key_results", "nps",
                "description", "Customers who set themselves up **stay longer**.")));
        // A chart of KPI values needs no data sheet; docs/charts.md shows charts of your own tables.
        rows.put("charts", List.of(row("id", "nps-trend", "title", "Net promoter score by month", "type", "line",
                "data", "kpi:nps", "page", "kpis", "note", "Add a sheet named *data <name>* to chart any table.")));
        rows.put("settings", List.of(row("key", "title", "value", "Our roadmap and business cases"),
                row("key", "organization", "value", "Example Inc."), row("key", "currency", "value", "USD"),
                row("key", "discount_rate", "value", "8%")));
        return rows;
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
