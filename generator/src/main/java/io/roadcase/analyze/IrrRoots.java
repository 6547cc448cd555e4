package io.roadcase.analyze;

import io.roadcase.analyze.Finance.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the rates in (−99.99 %, +10 000 %) that make npv 0 without a starting guess, so it always
 * terminates: brackets (the whole range, or each sign change on a grid) refined with Brent's method.
 * Spreadsheets use Newton's method from a guess instead, which can fail or pick a far root.
 */
final class IrrRoots {

    static final double LOWEST_RATE = -0.9999;
    static final double HIGHEST_RATE = 100.0;

    /** Grid steps over ln(1 + rate): about 0.7 % apart, so roots closer than that may merge. */
    private static final int STEPS = 2000;
    private static final int MAX_ITERATIONS = 1000;
    private static final double LOW_X = Math.log1p(LOWEST_RATE);
    private static final double HIGH_X = Math.log1p(HIGHEST_RATE);

    private IrrRoots() {
    }

    /**
     * @param closestTo the rate to prefer when several rates make npv 0 (the discount rate)
     */
    static Root find(double[] amounts, double[] times, double closestTo) {
        int signChanges = signChanges(amounts);
        if (signChanges == 0) {
            return new Root(null, 0, "the net cash flows never change sign");
        }
        NpvSign f = NpvSign.of(amounts, times);
        // Descartes' rule of signs (which holds for sums of exponentials too): one sign change in time order
        // means at most one root, so the whole range is one bracket and the grid scan is not needed.
        List<Double> roots = signChanges == 1 ? rootInRange(f) : scan(f, signChanges);
        if (roots.isEmpty()) {
            return new Root(null, 0, "no rate between -99.99 % and 10,000 % per period makes npv 0");
        }
        double best = Double.NaN;
        for (double x : roots) {
            double rate = Math.expm1(x);
            if (Double.isNaN(best) || Math.abs(rate - closestTo) < Math.abs(best - closestTo)) {
                best = rate;
            }
        }
        return new Root(best, roots.size(), null);
    }

    /** The single root between the ends of the range, if npv changes sign between them. */
    private static List<Double> rootInRange(NpvSign f) {
        double low = f.at(LOW_X);
        double high = f.at(HIGH_X);
        if (low == 0) {
            return List.of(LOW_X);
        }
        if (high == 0) {
            return List.of(HIGH_X);
        }
        return low * high < 0 ? List.of(brent(f, LOW_X, HIGH_X, low, high)) : List.of();
    }

    /**
     * Every root found by looking for sign changes on the grid and refining each; stops early once it has
     * found {@code most} roots, the most Descartes' rule allows.
     */
    private static List<Double> scan(NpvSign f, int most) {
        List<Double> roots = new ArrayList<>();
        double a = LOW_X;
        double fa = f.at(a);
        for (int i = 1; i <= STEPS && roots.size() < most; i++) {
            double b = LOW_X + (HIGH_X - LOW_X) * i / STEPS;
            double fb = f.at(b);
            if (fa == 0) {
                roots.add(a);
            } else if (fa * fb < 0) {
                roots.add(brent(f, a, b, fa, fb));
            }
            a = b;
            fa = fb;
        }
        if (fa == 0 && roots.size() < most) {
            roots.add(a);
        }
        return roots;
    }

    /** Sign changes of the non-zero amounts in time order. */
    private static int signChanges(double[] amounts) {
        int changes = 0;
        double previous = 0;
        for (double amount : amounts) {
            if (amount != 0) {
                if (previous != 0 && Math.signum(amount) != Math.signum(previous)) {
                    changes++;
                }
                previous = amount;
            }
        }
        return changes;
    }

    /** Brent's method on a bracket [a, b] with f(a) and f(b) of opposite signs. */
    private static double brent(NpvSign f, double a, double b, double fa, double fb) {
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            if (fb * fc > 0) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            // Relative to x, with a floor so a root at x = 0 (a rate of 0 %) does not need denormal steps.
            double tolerance = 2 * Math.ulp(1.0) * Math.abs(b) + 1e-16;
            double half = (c - b) / 2;
            if (Math.abs(half) <= tolerance || fb == 0) {
                return b;
            }
            if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * half * s;
                    q = 1 - s;
                } else {
                    double qa = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = half;
                    e = d;
                }
            } else {
                d = half;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tolerance ? d : Math.copySign(tolerance, half);
            fb = f.at(b);
        }
        return b;
    }

    /**
     * npv as a function of x = ln(1 + rate), possibly multiplied by a positive factor that keeps it finite:
     * its zeros and signs are those of npv, and it is continuous, which is all Brent's method needs.
     */
    private interface NpvSign {

        double at(double x);

        static NpvSign of(double[] amounts, double[] times) {
            for (double time : times) {
                if (time != Math.rint(time)) {
                    return new ExponentialSum(amounts, times);
                }
            }
            return new Polynomial(amounts, times);
        }
    }

    /**
     * Periods 0..n: npv = Σ CFₜ yᵗ with y = 1/(1 + rate), evaluated by Horner's rule without any exp.
     * For y ≤ 1 the terms cannot overflow; for y &gt; 1 it evaluates Σ CFₜ z^(n−t) with z = 1/y instead,
     * which is npv × zⁿ (same sign, same zeros, equal at y = 1).
     */
    private static final class Polynomial implements NpvSign {
        private final double[] coefficients;

        Polynomial(double[] amounts, double[] times) {
            int last = 0;
            for (int i = 0; i < amounts.length; i++) {
                if (amounts[i] != 0) {
                    last = Math.max(last, (int) times[i]);
                }
            }
            coefficients = new double[last + 1];
            for (int i = 0; i < amounts.length; i++) {
                if (times[i] >= 0 && times[i] <= last) {
                    coefficients[(int) times[i]] += amounts[i];
                }
            }
        }

        @Override
        public double at(double x) {
            double sum = 0;
            if (x >= 0) {
                double y = Math.exp(-x);
                for (int t = coefficients.length - 1; t >= 0; t--) {
                    sum = sum * y + coefficients[t];
                }
            } else {
                double z = Math.exp(x);
                for (double coefficient : coefficients) {
                    sum = sum * z + coefficient;
                }
            }
            return sum;
        }
    }

    /**
     * Dated flows (times in years): each term is sign × exp(ln|amount| − time × x − largest exponent), so
     * the sum never overflows.
     */
    private static final class ExponentialSum implements NpvSign {
        private final double[] logAbs;
        private final double[] sign;
        private final double[] times;

        ExponentialSum(double[] amounts, double[] times) {
            int n = 0;
            for (double amount : amounts) {
                if (amount != 0) {
                    n++;
                }
            }
            logAbs = new double[n];
            sign = new double[n];
            this.times = new double[n];
            int j = 0;
            for (int i = 0; i < amounts.length; i++) {
                if (amounts[i] != 0) {
                    logAbs[j] = Math.log(Math.abs(amounts[i]));
                    sign[j] = Math.signum(amounts[i]);
                    this.times[j] = times[i];
                    j++;
                }
            }
        }

        @Override
        public double at(double x) {
            double largest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < logAbs.length; i++) {
                largest = Math.max(largest, logAbs[i] - times[i] * x);
            }
            double sum = 0;
            for (int i = 0; i < logAbs.length; i++) {
                sum += sign[i] * Math.exp(logAbs[i] - times[i] * x - largest);
            }
            return sum;
        }
    }
}
