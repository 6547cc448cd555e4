package io.roadcase.model;

import java.time.LocalDate;

/**
 * The range of report dates Roadcase accepts, from every source (the option, the setting, Maven's
 * build timestamp): the years a spreadsheet date can hold, so every date derived from it stays a plain
 * {@code YYYY-MM-DD} in data.json.
 */
public final class ReportDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    /** The range as the user reads it in messages. */
    public static final String RANGE = "from 1900-01-01 to 9999-12-31";

    private ReportDates() {
    }

    public static boolean accepts(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }
}
