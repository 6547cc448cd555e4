package io.roadcase.read;

import io.roadcase.model.Portfolio;
import java.util.ArrayList;
import java.util.List;

/**
 * What was read, counted, for the line the command line and the Maven plugin print:
 * {@code read 47 initiatives, 12 KPIs with 340 values, 5 funding cases with 60 cash-flow lines, 3 risks from 6 files}.
 */
public record ReadSummary(int initiatives, int kpis, int values, int fundingCases, int cashFlows, int scenarios,
        int risks, int stakeholders, int objectives, int dataSheets, int charts, int files)
        implements java.io.Serializable {

    /** The counts of a portfolio read from {@code files} data files. */
    public static ReadSummary of(Portfolio portfolio, int files) {
        return new ReadSummary(portfolio.initiatives().size(), portfolio.kpis().size(),
                portfolio.observations().size(), portfolio.fundingCases().size(), portfolio.cashFlows().size(),
                portfolio.scenarios().size(), portfolio.risks().size(), portfolio.stakeholders().size(),
                size(portfolio.objectives()), size(portfolio.dataSheets()), size(portfolio.charts()), files);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    /** Whether nothing was read that a report could show: no initiative, KPI, funding case or risk. */
    public boolean isEmpty() {
        return initiatives == 0 && kpis == 0 && fundingCases == 0 && risks == 0;
    }

    /** The line to print; tables with no rows are left out. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        add(parts, initiatives, "initiative");
        if (kpis > 0 || values > 0) {
            parts.add(count(kpis, "KPI") + (values > 0 ? " with " + count(values, "value") : ""));
        }
        if (fundingCases > 0 || cashFlows > 0) {
            parts.add(count(fundingCases, "funding case") + (cashFlows > 0 ? " with "
                    + count(cashFlows, "cash-flow line") : ""));
        }
        add(parts, scenarios, "scenario");
        add(parts, risks, "risk");
        add(parts, stakeholders, "stakeholder");
        add(parts, objectives, "objective");
        add(parts, dataSheets, "data sheet");
        add(parts, charts, "chart");
        String what = parts.isEmpty() ? "nothing" : String.join(", ", parts);
        return "read " + what + " from " + count(files, "file");
    }

    private static void add(List<String> parts, int n, String word) {
        if (n > 0) {
            parts.add(count(n, word));
        }
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
