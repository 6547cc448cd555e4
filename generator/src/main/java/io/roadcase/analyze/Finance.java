package io.roadcase.analyze;

/**
 * The spreadsheet finance functions the figures are checked against (NPV, XNPV, IRR, XIRR, MIRR) and
 * the paybacks. A cash-flow series is given as amounts with their times: the period index for a
 * periodic case, years since the first date (days ÷ 365) for a dated case. Nothing here returns NaN or
 * Infinity: a value that cannot be computed is null.
 */
final class Finance {

    private Finance() {
    }

    /** The rate per period equivalent to an annual rate: (1 + r)^(1/k) − 1. */
    static double perPeriodRate(double annualRate, int periodsPerYear) {
        return Math.pow(1 + annualRate, 1.0 / periodsPerYear) - 1;
    }

    /** The annual rate equivalent to a rate per period: (1 + i)^k − 1. */
    static double annualRate(double perPeriodRate, int periodsPerYear) {
        return Math.pow(1 + perPeriodRate, periodsPerYear) - 1;
    }

    /** 1 ÷ (1 + rate)^time. */
    static double discountFactor(double rate, double time) {
        return 1 / Math.pow(1 + rate, time);
    }

    /**
     * Σ amountᵢ ÷ (1 + rate)^timeᵢ. With times 0..n this is the spreadsheet {@code CF0 + NPV(rate, CF1:CFn)};
     * with times (dᵢ − d₀)/365 it is {@code XNPV(rate, CF, dates)}. Null when the rate makes it overflow.
     */
    static Double npv(double rate, double[] amounts, double[] times) {
        double sum = 0;
        for (int i = 0; i < amounts.length; i++) {
            sum += amounts[i] / Math.pow(1 + rate, times[i]);
        }
        return finite(sum);
    }

    /** The rate per time unit that makes npv 0: IRR for period times, XIRR for year times (amounts in time order). */
    static Root irr(double[] amounts, double[] times, double closestTo) {
        return IrrRoots.find(amounts, times, closestTo);
    }

    /**
     * The spreadsheet {@code MIRR(CF0:CFn, financeRate, reinvestRate)}: negative flows discounted at the
     * finance rate, positive flows compounded to the end at the reinvest rate. Null without both signs.
     */
    static Double mirr(double[] amounts, double financeRate, double reinvestRate) {
        int n = amounts.length;
        if (n < 2) {
            return null;
        }
        double presentNegative = 0;
        double futurePositive = 0;
        for (int t = 0; t < n; t++) {
            if (amounts[t] < 0) {
                presentNegative += amounts[t] / Math.pow(1 + financeRate, t);
            } else {
                futurePositive += amounts[t] * Math.pow(1 + reinvestRate, n - 1 - t);
            }
        }
        if (presentNegative == 0 || futurePositive == 0) {
            return null;
        }
        return finite(Math.pow(-futurePositive / presentNegative, 1.0 / (n - 1)) - 1);
    }

    /**
     * The time (in years) when the cumulative net flow first climbs from below 0 back to 0 or more,
     * interpolated linearly inside the step that crosses. 0 when the cumulative flow is never negative,
     * null when it never climbs back.
     *
     * @param net   net flow of each slot, in time order
     * @param years each slot's time in years from the start
     */
    static Double payback(double[] net, double[] years) {
        double cumulative = 0;
        boolean wentNegative = false;
        for (int t = 0; t < net.length; t++) {
            double before = cumulative;
            cumulative += net[t];
            if (before < 0 && cumulative >= 0) {
                double previousYears = t == 0 ? 0 : years[t - 1];
                double fraction = -before / net[t];
                return finite(previousYears + fraction * (years[t] - previousYears));
            }
            wentNegative |= cumulative < 0;
        }
        return wentNegative ? null : 0.0;
    }

    /** The value, or null when it is NaN or infinite. */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /**
     * A rate of return: the chosen rate (null when none exists), how many rates make npv 0, and why
     * none was found.
     */
    record Root(Double rate, int count, String whyNone) {
    }
}
