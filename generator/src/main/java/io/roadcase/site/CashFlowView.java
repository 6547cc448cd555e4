package io.roadcase.site;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A case's cash flows turned sideways for the page: one column per period, one row per cost or
 * benefit category, then totals, net, discounting and cumulative rows. Values are the analysis'
 * figures, only rearranged; a blank cell (null) means the category has nothing in that period.
 *
 * @param periods the column labels ({@code 2027}, {@code Q1 2027}, a date)
 * @param costs   one line per cost category, in first-appearance order
 * @param benefits one line per benefit category, in first-appearance order
 */
public record CashFlowView(
        List<String> periods,
        List<Line> costs,
        List<Line> benefits,
        Line totalCosts,
        Line totalBenefits,
        Line net,
        Line discountFactor,
        Line discountedNet,
        Line cumulative,
        Line discountedCumulative,
        int allPeriods) {

    /**
     * Periods a page shows at most: the first ones, with totals over all. A case with 3,000 dated
     * flows on 3,000 dates in 3,000 categories made a table of 9 million cells.
     */
    static final int MOST_PERIODS = 120;

    /** Cost (or benefit) lines shown at most; the rest are summed in one "N other lines" line. */
    static final int MOST_LINES = 40;

    /** One row: a value per period and a total (null when a total means nothing, as for a factor). */
    public record Line(String label, List<Double> values, Double total) {
    }

    /** Whether periods are left out (the caption says so). */
    public boolean cut() {
        return allPeriods > periods.size();
    }

    static CashFlowView of(CaseFigures c) {
        List<PeriodRow> all = c.periods();
        List<PeriodRow> rows = all.size() > MOST_PERIODS ? all.subList(0, MOST_PERIODS) : all;
        return new CashFlowView(
                rows.stream().map(PeriodRow::label).toList(),
                categoryLines(all, rows, PeriodRow::costs),
                categoryLines(all, rows, PeriodRow::benefits),
                line("Total costs", rows, PeriodRow::totalCosts, c.totalCosts()),
                line("Total benefits", rows, PeriodRow::totalBenefits, c.totalBenefits()),
                line("Net cash flow", rows, PeriodRow::net, sum(all, PeriodRow::net)),
                line("Discount factor", rows, PeriodRow::discountFactor, null),
                line("Discounted net", rows, PeriodRow::discountedNet, c.npv()),
                line("Cumulative net", rows, PeriodRow::cumulative, null),
                line("Discounted cumulative", rows, PeriodRow::discountedCumulative, null),
                all.size());
    }

    /**
     * One line per category (in first-appearance order), each with its values in the shown periods and
     * its total over all periods; past {@link #MOST_LINES}, the remaining categories make one line.
     */
    private static List<Line> categoryLines(List<PeriodRow> all, List<PeriodRow> rows,
            Function<PeriodRow, Map<String, Double>> amounts) {
        Map<String, Double> totals = new LinkedHashMap<>();
        all.forEach(r -> amounts.apply(r).forEach((category, v) -> totals.merge(category, v == null ? 0 : v, Double::sum)));
        int named = totals.size() > MOST_LINES ? MOST_LINES - 1 : totals.size();
        List<Line> lines = new ArrayList<>();
        List<String> shown = new ArrayList<>(totals.keySet()).subList(0, named);
        for (String category : shown) {
            List<Double> values = new ArrayList<>();
            for (PeriodRow r : rows) {
                values.add(amounts.apply(r).get(category));
            }
            lines.add(new Line(category, values, totals.get(category)));
        }
        if (named < totals.size()) {
            Set<String> namedOnes = new HashSet<>(shown);
            List<Double> values = new ArrayList<>();
            for (PeriodRow r : rows) {
                double sum = 0;
                boolean any = false;
                for (Map.Entry<String, Double> e : amounts.apply(r).entrySet()) {
                    if (!namedOnes.contains(e.getKey()) && e.getValue() != null) {
                        sum += e.getValue();
                        any = true;
                    }
                }
                values.add(any ? sum : null);
            }
            double total = 0;
            for (Map.Entry<String, Double> e : totals.entrySet()) {
                total += namedOnes.contains(e.getKey()) ? 0 : e.getValue();
            }
            lines.add(new Line(String.format(Locale.ROOT, "%,d other lines", totals.size() - named), values, total));
        }
        return lines;
    }

    private static Line line(String label, List<PeriodRow> rows, Function<PeriodRow, Double> value, Double total) {
        return new Line(label, rows.stream().map(value).toList(), total);
    }

    private static Double sum(List<PeriodRow> rows, Function<PeriodRow, Double> value) {
        return rows.isEmpty() ? null : rows.stream().mapToDouble(value::apply).sum();
    }
}
