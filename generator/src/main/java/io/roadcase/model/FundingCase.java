package io.roadcase.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of the {@code funding_cases} table, with defaults from the settings already applied
 * (currency, discount rate, periodicity, start). {@code ask} is the ask as given (null = total costs).
 * {@code periodicity} is as given or defaulted; whether the case is dated follows from its cash flows.
 */
public record FundingCase(
        String id,
        String title,
        String sponsor,
        String owner,
        CaseStatus status,
        Double ask,
        String currency,
        double discountRate,
        Periodicity periodicity,
        LocalDate start,
        LocalDate decisionBy,
        String summary,
        String problem,
        String proposal,
        String alternatives,
        List<Share> costSharing,
        List<String> kpis,
        Map<String, String> extra,
        Origin origin) {

    /** One department's part of the cost sharing, as a fraction (0.5 = 50 %). */
    public record Share(String department, double share) {
    }
}
