package io.roadcase.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis with round tick steps (1, 2, 2.5, 5 × 10ⁿ) covering the data.
 *
 * @param min  first tick
 * @param max  last tick
 * @param step distance between ticks
 */
record Scale(double min, double max, double step) {

    /** A scale covering lo..hi with about {@code ticks} intervals. */
    static Scale nice(double lo, double hi, int ticks) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new Scale(0, 1, 0.25);
        }
        if (hi < lo) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (hi - lo < 1e-12) {
            double pad = Math.abs(lo) < 1e-12 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double raw = (hi - lo) / Math.max(1, ticks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        double min = Math.floor(lo / step + 1e-9) * step;
        double max = Math.ceil(hi / step - 1e-9) * step;
        return new Scale(min, max, step);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            double v = min + i * step;
            ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return ticks;
    }

    /** Position of v when min maps to {@code from} and max to {@code to}. */
    double map(double v, double from, double to) {
        return from + (v - min) / (max - min) * (to - from);
    }

    /** Decimals a tick label needs so that neighbouring ticks differ. */
    int decimals() {
        return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    }
}
