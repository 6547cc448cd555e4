package io.roadcase.source;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Excel date serials computed independently of POI, to check the reader against. */
final class DateSerials {

    private DateSerials() {
    }

    /** Days since 1 January 1904, the 1904 date system's day 0. */
    static double serial1904(LocalDate date) {
        return ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), date);
    }
}
