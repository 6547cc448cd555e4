package io.roadcase.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A funding case with its computed figures (METRICS.md, Funding cases). Every figure is null for a
 * case without cash flows. Money is in the case currency.
 *
 * @param dated        whether the cash flows carry dates (XNPV/XIRR rules) instead of period indexes
 * @param cashFlows    the case's cash-flow lines in input order
 * @param ask          the given ask, else total costs
 * @param periods      the cash-flow table: one row per period index (periodic) or distinct date (dated)
 * @param scenarios    Base first, then the scenario rows in table order
 * @param sensitivity  sorted for a tornado chart, largest swing first
 * @param initiatives  ids of initiatives that name this case
 * @param risks        the risks about this case
 */
public record CaseFigures(
        FundingCase fundingCase,
        boolean dated,
        List<CashFlow> cashFlows,
        Double npv,
        Double irr,
        Double mirr,
        Double roi,
        Double bcr,
        Double paybackYears,
        Double discountedPaybackYears,
        Double totalCosts,
        Double totalBenefits,
        Double ask,
        Double breakEvenBenefitChange,
        List<PeriodRow> periods,
        List<ScenarioFigures> scenarios,
        List<SensitivityLine> sensitivity,
        List<ShareAmount> costSharing,
        List<String> initiatives,
        List<RiskFigures> risks) {

    public String id() {
        return fundingCase.id();
    }

    /**
     * One row of the cash-flow table.
     *
     * @param period   index from the case start, null for a dated case
     * @param date     first day of the period, or the cash-flow date of a dated case
     * @param label    display label: {@code 2026}, {@code Q1 2026}, {@code 2026-03} or the ISO date
     * @param costs    cost amounts by category, in first-appearance order
     * @param benefits benefit amounts by category, in first-appearance order
     * @param discountFactor 1 ÷ (1 + rₚ)^t, or 1 ÷ (1 + r)^(days/365) for a dated case
     */
    public record PeriodRow(
            Integer period,
            LocalDate date,
            String label,
            Map<String, Double> costs,
            Map<String, Double> benefits,
            double totalCosts,
            double totalBenefits,
            double net,
            double discountFactor,
            double discountedNet,
            double cumulative,
            double discountedCumulative) {
    }

    /**
     * One scenario's results.
     *
     * @param cumulative cumulative net cash flow at each period (or date) of that scenario
     */
    public record ScenarioFigures(
            String name,
            double costFactor,
            double benefitFactor,
            int benefitDelay,
            Double npv,
            Double irr,
            Double paybackYears,
            List<Point> cumulative) {
    }

    /** A dated value on a line chart. */
    public record Point(LocalDate date, double value) {
    }

    /** npv with one (type, category) line scaled down and up by the sensitivity setting. */
    public record SensitivityLine(FlowType type, String category, double npvLow, double npvHigh) {

        public double swing() {
            return Math.abs(npvHigh - npvLow);
        }
    }

    /** A department's share of the ask. */
    public record ShareAmount(String department, double share, Double amount) {
    }
}
