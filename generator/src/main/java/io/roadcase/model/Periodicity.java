package io.roadcase.model;

/** Length of a funding case's periods. */
public enum Periodicity implements Word {
    YEAR(1), QUARTER(4), MONTH(12);

    private final int perYear;

    Periodicity(int perYear) {
        this.perYear = perYear;
    }

    /** Periods per year: k in METRICS.md. */
    public int perYear() {
        return perYear;
    }

    /** Months in one period. */
    public int months() {
        return 12 / perYear;
    }
}
