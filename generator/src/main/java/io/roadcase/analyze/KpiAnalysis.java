package io.roadcase.analyze;

import io.roadcase.model.Direction;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Observation;
import io.roadcase.model.Trend;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The figures of one KPI (METRICS.md, KPIs): status against target, change, trend and forecast. */
final class KpiAnalysis {

    /** The trend looks at this many latest observations at most. */
    static final int TREND_WINDOW = 6;
    /** A change over the window within this fraction of the mean absolute value is flat. */
    static final double FLAT_SHARE = 0.01;

    private KpiAnalysis() {
    }

    /**
     * @param observations this KPI's observations, in any order
     * @param initiatives  ids of initiatives that list this KPI
     * @param cases        ids of funding cases that list this KPI
     */
    static KpiFigures analyze(Kpi kpi, List<Observation> observations, List<String> initiatives, List<String> cases) {
        List<Observation> ordered = Observation.byDate(observations);
        int n = ordered.size();
        Observation latest = n == 0 ? null : ordered.get(n - 1);
        Observation previous = n < 2 ? null : ordered.get(n - 2);
        Double target = latest != null && latest.target() != null ? latest.target() : kpi.target();
        boolean higher = kpi.direction() != Direction.LOWER;

        KpiStatus status;
        Double gap = null;
        if (latest == null) {
            status = KpiStatus.NO_DATA;
        } else if (target == null) {
            status = KpiStatus.NO_TARGET;
        } else if (meets(latest.value(), target, higher)) {
            status = KpiStatus.GREEN;
            gap = 0.0;
        } else if (target == 0) {
            status = KpiStatus.RED;
        } else {
            gap = Math.abs(target - latest.value()) / Math.abs(target);
            status = gap <= kpi.tolerance() ? KpiStatus.AMBER : KpiStatus.RED;
        }

        Double delta = previous == null ? null : latest.value() - previous.value();
        Double deltaPct = previous == null || previous.value() == 0 ? null
                : Finance.finite(delta / Math.abs(previous.value()));

        Line line = n < 2 ? null : Line.fit(ordered.subList(n - Math.min(n, TREND_WINDOW), n));
        Trend trend = line == null ? null : line.trend(higher);
        Double forecast = line == null || kpi.targetDate() == null ? null : line.at(kpi.targetDate());
        Boolean forecastMeets = forecast == null || target == null ? null : meets(forecast, target, higher);
        Double progress = latest == null || kpi.baseline() == null || target == null || target.equals(kpi.baseline())
                ? null : Finance.finite((latest.value() - kpi.baseline()) / (target - kpi.baseline()));

        return new KpiFigures(kpi, ordered, latest, previous, target, status, gap, delta, deltaPct, trend, forecast,
                forecastMeets, progress, initiatives, cases);
    }

    private static boolean meets(double value, double target, boolean higher) {
        return higher ? value >= target : value <= target;
    }

    /**
     * The least-squares line of value over time (x in days from the window's first date): the spreadsheet
     * {@code SLOPE} and {@code FORECAST} over the same points.
     */
    record Line(LocalDate origin, double slope, double intercept, double spanDays, double meanAbsolute) {

        /** Null when every point has the same date (no slope exists). */
        static Line fit(List<Observation> points) {
            LocalDate origin = points.get(0).date();
            int n = points.size();
            double meanX = 0;
            double meanY = 0;
            double meanAbsolute = 0;
            for (Observation o : points) {
                meanX += days(origin, o.date());
                meanY += o.value();
                meanAbsolute += Math.abs(o.value());
            }
            meanX /= n;
            meanY /= n;
            meanAbsolute /= n;
            double sxy = 0;
            double sxx = 0;
            for (Observation o : points) {
                double dx = days(origin, o.date()) - meanX;
                sxy += dx * (o.value() - meanY);
                sxx += dx * dx;
            }
            if (sxx == 0) {
                return null;
            }
            double slope = sxy / sxx;
            double span = days(origin, points.get(n - 1).date());
            return new Line(origin, slope, meanY - slope * meanX, span, meanAbsolute);
        }

        double at(LocalDate date) {
            return intercept + slope * days(origin, date);
        }

        Trend trend(boolean higher) {
            if (Math.abs(slope) * spanDays <= FLAT_SHARE * meanAbsolute) {
                return Trend.FLAT;
            }
            return (slope > 0) == higher ? Trend.IMPROVING : Trend.WORSENING;
        }

        private static double days(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(from, to);
        }
    }
}
