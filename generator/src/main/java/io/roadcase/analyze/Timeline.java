package io.roadcase.analyze;

import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import io.roadcase.model.Periodicity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The time axis of one funding case in one scenario. A slot is a period index 0..n (periodic case:
 * every index, also those without flows) or one distinct cash-flow date (dated case). Each slot has its
 * date, its discount exponent (periods, or days ÷ 365 from d₀) and its time in years.
 */
final class Timeline {

    private final boolean dated;
    private final Periodicity periodicity;
    private final int benefitDelay;
    private final LocalDate[] dates;
    private final double[] exponents;
    private final double[] years;
    private final Map<LocalDate, Integer> slotOfDate;

    private Timeline(boolean dated, Periodicity periodicity, int benefitDelay, LocalDate[] dates,
            double[] exponents, double[] years, Map<LocalDate, Integer> slotOfDate) {
        this.dated = dated;
        this.periodicity = periodicity;
        this.benefitDelay = benefitDelay;
        this.dates = dates;
        this.exponents = exponents;
        this.years = years;
        this.slotOfDate = slotOfDate;
    }

    /** Periods 0..n of a periodic case, where n is the last period any flow falls in after the delay. */
    static Timeline periodic(Periodicity periodicity, LocalDate start, Collection<CashFlow> flows, int benefitDelay) {
        int last = 0;
        for (CashFlow flow : flows) {
            last = Math.max(last, shiftedPeriod(flow, benefitDelay));
        }
        int k = periodicity.perYear();
        LocalDate[] dates = new LocalDate[last + 1];
        double[] exponents = new double[last + 1];
        double[] years = new double[last + 1];
        for (int t = 0; t <= last; t++) {
            // Counted from the start each time, so a start on 31 January gives 28 February, then 31 March.
            dates[t] = start.plusMonths((long) t * periodicity.months());
            exponents[t] = t;
            years[t] = (double) t / k;
        }
        return new Timeline(false, periodicity, benefitDelay, dates, exponents, years, Map.of());
    }

    /** The distinct dates of a dated case's flows after the delay, discounted from {@code d0}. */
    static Timeline dated(LocalDate d0, Collection<CashFlow> flows, int benefitDelay) {
        TreeSet<LocalDate> distinct = new TreeSet<>();
        for (CashFlow flow : flows) {
            distinct.add(shiftedDate(flow, benefitDelay));
        }
        int n = distinct.size();
        LocalDate[] dates = distinct.toArray(new LocalDate[0]);
        double[] exponents = new double[n];
        Map<LocalDate, Integer> slotOfDate = new HashMap<>();
        for (int i = 0; i < n; i++) {
            exponents[i] = ChronoUnit.DAYS.between(d0, dates[i]) / 365.0;
            slotOfDate.put(dates[i], i);
        }
        return new Timeline(true, null, benefitDelay, dates, exponents, exponents.clone(), slotOfDate);
    }

    /** The earliest date of a dated case's flows: d₀. */
    static LocalDate earliestDate(List<CashFlow> flows) {
        LocalDate earliest = null;
        for (CashFlow flow : flows) {
            if (earliest == null || flow.date().isBefore(earliest)) {
                earliest = flow.date();
            }
        }
        return earliest;
    }

    /** The slot a flow falls in, benefits moved by this timeline's delay. */
    int slotOf(CashFlow flow) {
        return dated ? slotOfDate.get(shiftedDate(flow, benefitDelay)) : shiftedPeriod(flow, benefitDelay);
    }

    int size() {
        return dates.length;
    }

    boolean dated() {
        return dated;
    }

    LocalDate date(int slot) {
        return dates[slot];
    }

    /** The period index of a slot, null for a dated case. */
    Integer period(int slot) {
        return dated ? null : slot;
    }

    double[] exponents() {
        return exponents;
    }

    double[] years() {
        return years;
    }

    /** {@code 2026}, {@code Q1 2026}, {@code 2026-03}, or the ISO date of a dated case. */
    String label(int slot) {
        LocalDate date = dates[slot];
        if (dated) {
            return date.toString();
        }
        return switch (periodicity) {
            case YEAR -> String.valueOf(date.getYear());
            case QUARTER -> "Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear();
            case MONTH -> date.getYear() + (date.getMonthValue() < 10 ? "-0" : "-") + date.getMonthValue();
        };
    }

    /** A benefit delay moves benefits only; a period before 0 (never valid input) counts as 0. */
    private static int shiftedPeriod(CashFlow flow, int benefitDelay) {
        int period = flow.period() == null ? 0 : flow.period();
        return Math.max(0, flow.type() == FlowType.BENEFIT ? period + benefitDelay : period);
    }

    /** Months added the way EDATE does: 31 January + 1 month = 28 or 29 February. */
    private static LocalDate shiftedDate(CashFlow flow, int benefitDelay) {
        return flow.type() == FlowType.BENEFIT ? flow.date().plusMonths(benefitDelay) : flow.date();
    }
}
