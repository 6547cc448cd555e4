package io.roadcase.model;

/** One row of {@code risks}: about a funding case or an initiative (one of them set). Scales are 1–5. */
public record Risk(
        String risk,
        String caseId,
        String initiative,
        int likelihood,
        int impact,
        String mitigation,
        String owner,
        RiskStatus status,
        Origin origin) {
}
