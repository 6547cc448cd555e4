package io.roadcase.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of the {@code objectives} table (an OKR objective or a goal). Optional inputs are null when
 * blank; {@code start} and {@code end} are both set or both null.
 *
 * @param period     the period as the pages show it ({@code Q3 2026}, {@code H1 2026}, {@code 2026}, or the
 *                   two dates), null without one
 * @param status     the status as given; null means computed
 * @param keyResults ids of KPIs listed in the row's {@code key_results} cell (never null)
 */
public record Objective(
        String id,
        String title,
        String owner,
        String period,
        LocalDate start,
        LocalDate end,
        String parent,
        String description,
        ObjectiveStatus status,
        List<String> keyResults,
        Map<String, String> extra,
        Origin origin) {
}
