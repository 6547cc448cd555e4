package io.roadcase.model;

import java.time.LocalDate;

/**
 * One row of {@code cash_flows}. A periodic line has {@code period} (index from the case start) and
 * a null {@code date}; a dated line has {@code date} and a null {@code period}. {@code category} is
 * never blank (the type word as written when the cell was blank).
 */
public record CashFlow(
        String caseId,
        Integer period,
        LocalDate date,
        FlowType type,
        String category,
        double amount,
        String note,
        Origin origin) {

    public boolean isDated() {
        return date != null;
    }
}
