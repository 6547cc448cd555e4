package io.roadcase.site;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
public record CashFlowTable(
        List<String> periods,
        List<Line> costs,
        List<Line> benefits,
        Line totalCosts,
        Line totalBenefits,
        Line net,
        Line discountFactor,
        Line discountedNet,
        Line cumulative,
        Line discountedCumulative) {

    /** One row: a value per period and a total (null when a total means nothing, as for a factor). */
    public record Line(String label, List<Double> values, Double total) {
    }

    static CashFlowTable of(CaseFigures c) {
        List<PeriodRow> rows = c.periods();
        return new CashFlowTable(
                rows.stream().map(PeriodRow::label).toList(),
                categoryLines(rows, PeriodRow::costs),
                categoryLines(rows, PeriodRow::benefits),
                line("Total costs", rows, PeriodRow::totalCosts, c.totalCosts()),
                line("Total benefits", rows, PeriodRow::totalBenefits, c.totalBenefits()),
                line("Net cash flow", rows, PeriodRow::net, sum(rows, PeriodRow::net)),
                line("Discount factor", rows, PeriodRow::discountFactor, null),
                line("Discounted net", rows, PeriodRow::discountedNet, c.npv()),
                line("Cumulative net", rows, PeriodRow::cumulative, null),
                line("Discounted cumulative", rows, PeriodRow::discountedCumulative, null));
    }

    private static List<Line> categoryLines(List<PeriodRow> rows, Function<PeriodRow, Map<String, Double>> amounts) {
        Set<String> categories = new LinkedHashSet<>();
        rows.forEach(r -> categories.addAll(amounts.apply(r).keySet()));
        List<Line> lines = new ArrayList<>();
        for (String category : categories) {
            List<Double> values = new ArrayList<>();
            double total = 0;
            for (PeriodRow r : rows) {
                Double v = amounts.apply(r).get(category);
                values.add(v);
                total += v == null ? 0 : v;
            }
            lines.add(new Line(category, values, total));
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
