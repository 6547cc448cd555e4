package io.roadcase.analyze;

import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scenario's cash flows summed per slot (period or date) of its timeline: costs, benefits and net. */
final class FlowTotals {

    final Timeline timeline;
    final double[] costs;
    final double[] benefits;
    final double[] net;
    /** Amounts per category and slot, in first-appearance order; empty unless asked for. */
    final List<Map<String, Double>> costsByCategory = new ArrayList<>();
    final List<Map<String, Double>> benefitsByCategory = new ArrayList<>();

    /**
     * @param byCategory whether to keep the amounts per category too (only the base case's table shows them)
     */
    FlowTotals(Timeline timeline, List<CashFlow> flows, double costFactor, double benefitFactor, boolean byCategory) {
        this.timeline = timeline;
        int n = timeline.size();
        costs = new double[n];
        benefits = new double[n];
        net = new double[n];
        for (int t = 0; byCategory && t < n; t++) {
            costsByCategory.add(new LinkedHashMap<>());
            benefitsByCategory.add(new LinkedHashMap<>());
        }
        for (CashFlow flow : flows) {
            int t = timeline.slotOf(flow);
            boolean benefit = flow.type() == FlowType.BENEFIT;
            double amount = flow.amount() * (benefit ? benefitFactor : costFactor);
            (benefit ? benefits : costs)[t] += amount;
            if (byCategory) {
                (benefit ? benefitsByCategory : costsByCategory).get(t).merge(flow.category(), amount, Double::sum);
            }
        }
        for (int t = 0; t < n; t++) {
            net[t] = benefits[t] - costs[t];
        }
    }

    int size() {
        return net.length;
    }

    /** Σ amountₜ ÷ (1 + rate)^exponentₜ of the given per-slot amounts (net, costs or benefits). */
    Double presentValue(double rate, double[] amounts) {
        return Finance.npv(rate, amounts, timeline.exponents());
    }

    double[] discountFactors(double rate) {
        double[] exponents = timeline.exponents();
        double[] factors = new double[exponents.length];
        for (int t = 0; t < factors.length; t++) {
            factors[t] = Finance.discountFactor(rate, exponents[t]);
        }
        return factors;
    }

    /** The cumulative net flow after each slot. */
    double[] cumulative() {
        double[] result = new double[net.length];
        double sum = 0;
        for (int t = 0; t < net.length; t++) {
            sum += net[t];
            result[t] = sum;
        }
        return result;
    }
}
