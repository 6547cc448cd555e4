package io.roadcase.read;

import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What every table reader needs besides its rows: the settings (read first), the compiled
 * {@code date_format}, the default start of funding cases, the list problems go to, and the
 * setting {@code status_map}.
 */
record ReadContext(Settings settings, DateTimeFormatter dateFormat, LocalDate defaultCaseStart, List<Problem> problems,
        StatusMap statusMap) {

    /** A context without a status map. */
    ReadContext(Settings settings, DateTimeFormatter dateFormat, LocalDate defaultCaseStart, List<Problem> problems) {
        this(settings, dateFormat, defaultCaseStart, problems, StatusMap.NONE);
    }
}
