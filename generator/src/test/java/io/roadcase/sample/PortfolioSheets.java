package io.roadcase.sample;

import io.roadcase.sample.SheetBuilder.Column;
import io.roadcase.sample.SheetBuilder.Format;
import io.roadcase.sample.SheetBuilder.Styled;
import java.time.LocalDate;
import java.util.List;

/**
 * The organisation-wide sheets: settings, stakeholders, and the free-text sheets (instructions,
 * notes) that real workbooks carry and Roadcase ignores.
 */
final class PortfolioSheets {

    private PortfolioSheets() {
    }

    /** Key and value, with a comment column for the next person who edits it. */
    static void settings(SheetBuilder builder) {
        List<Column> columns = List.of(new Column("Key", 18, Format.TEXT), new Column("Value", 36, Format.TEXT),
                new Column("Comment", 60, Format.WRAP));
        List<Object[]> rows = List.of(
                new Object[] {"title", "Northwind Cloud product portfolio", null},
                new Object[] {"organization", "Northwind Cloud, Inc.", null},
                new Object[] {"currency", "USD", "Cases in another currency say so in their own row."},
                new Object[] {"discount_rate", new Styled(0.10, Format.PERCENT), "Agreed with Finance for FY27."},
                new Object[] {"report_date", new Styled(LocalDate.of(2026, 11, 24), Format.DATE),
                    "The portfolio review of November."},
                new Object[] {"fiscal_year_start", 4, "Our fiscal year starts in April (FY27 = Apr 2026 to Mar 2027)."},
                new Object[] {"locale", "en-US", null},
                new Object[] {"confidentiality", "Internal", "Printed in the footer of every page and brief."},
                new Object[] {"brand_color", "#0F766E", null},
                new Object[] {"logo", "northwind-logo.svg", "Relative to this folder."},
                new Object[] {"sensitivity", new Styled(0.20, Format.PERCENT), "±20 % on every cash-flow line."},
                new Object[] {"page_size", "A4", null},
                new Object[] {"site_url", "https://reports.northwind.example/portfolio/",
                    "Where the site is published; messages link to its pages."},
                new Object[] {"mail_from", "Northwind Product Office <product-office@northwind.example>",
                    "Sender of roadcase mail."},
                new Object[] {"mail_reply_to", "portfolio-review@northwind.example", "Replies go to the review team."});
        builder.table("Settings", "Report settings", null, columns, rows, 1);
    }

    /** Who receives which brief; {@code *} means every funding case. */
    static void stakeholders(SheetBuilder builder) {
        List<Column> columns = List.of(new Column("Name", 22, Format.TEXT), new Column("Email", 34, Format.TEXT),
                new Column("Role", 30, Format.TEXT), new Column("Cases", 34, Format.TEXT),
                new Column("Portfolio", 10, Format.TEXT));
        List<Object[]> rows = List.of(
                new Object[] {"Dana Whitfield", "dana.whitfield@northwind.example", "Chief Financial Officer", "*", "yes"},
                new Object[] {"Aiko Tanaka", "aiko.tanaka@northwind.example", "VP Product", "*", "yes"},
                new Object[] {"Marcus Oyelaran", "marcus.oyelaran@northwind.example", "Chief Technology Officer",
                    "fc-observability, fc-eu-region", "yes"},
                new Object[] {"Sofia Lindqvist", "sofia.lindqvist@northwind.example", "VP Growth", "fc-self-serve", "no"},
                new Object[] {"Hannah Kowalczyk", "hannah.kowalczyk@northwind.example", "VP Customer Support",
                    "fc-support-ai; fc-observability", "no"},
                new Object[] {"Jonas Becker", "jonas.becker@northwind.example", "General Manager EMEA", "fc-eu-region", "no"},
                new Object[] {"Grace Liu", "grace.liu@northwind.example", "VP Customer Success",
                    "fc-onprem-extension", "no"},
                new Object[] {"Board of Directors", "board@northwind.example", "Quarterly board pack", null, "yes"},
                new Object[] {"Priya Raman", "priya.raman@northwind.example", "Chief of Staff (no briefs yet)", null,
                    "no"});
        builder.table("Stakeholders", "Stakeholders", "Cases: funding case ids, or * for all. "
                + "Portfolio: receives the portfolio brief.", columns, rows, 1);
    }

    /** The instructions sheet at the front of the portfolio workbook. */
    static void instructions(SheetBuilder builder) {
        builder.textSheet("Instructions", "How to keep this workbook", List.of(
                "This workbook is read by Roadcase every night; the site and the PDF briefs are rebuilt from it.",
                "Sheets read: Settings, Roadmap, KPIs, KPI Values, Stakeholders. This sheet is ignored.",
                "The Platform and Growth teams keep their roadmaps in roadmap-platform.xlsx and "
                        + "roadmap-growth.xlsx; Finance keeps funding cases and ARR in finance.xlsx; "
                        + "risks are in risks.csv.",
                "Do not rename the sheets or the header cells. Add columns freely: unknown columns are shown "
                        + "on the detail pages.",
                "Ids (FX-101, nps, fc-self-serve) are used in links and file names: letters, digits, '.', '-' "
                        + "and '_' only, and never reused.",
                "A row starting with # is a comment. Percentages: type 60% (or 0.6).",
                "Questions: #product-ops on Slack, or Aiko Tanaka."));
    }

    /** The Platform team's notes sheet. */
    static void platformNotes(SheetBuilder builder) {
        builder.textSheet("Notes", "Team conventions", List.of(
                "Effort in person-months. Impact: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal.",
                "Confidence as a percentage; below 50% means we have not spiked it yet.",
                "Reach = customer accounts affected per quarter (1,400 = all of them).",
                "Parked items stay below the # row until the quarterly planning gives them dates."));
    }

    /** Finance's read-me sheet. */
    static void financeReadMe(SheetBuilder builder) {
        builder.textSheet("Read me", "Finance workbook", List.of(
                "Funding Cases: one row per case. Cash Flows: one row per case, period, type and line.",
                "Costs are positive amounts; type capex/opex/expense for costs, revenue/savings/income for benefits.",
                "The EU region case is dated: its Period column holds the dates money moves, in EUR.",
                "Actuals: month-end ARR and gross margin, one column per month (append a column each month).",
                "Formulas are fine: Roadcase reads the value Excel shows."));
    }
}
