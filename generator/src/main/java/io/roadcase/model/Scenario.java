package io.roadcase.model;

/** One row of {@code scenarios}; {@code caseId} is {@code *} for every case. */
public record Scenario(
        String caseId,
        String name,
        double costFactor,
        double benefitFactor,
        int benefitDelay,
        Origin origin) {

    /** The scenario every case has: all factors 1, no delay. */
    public static Scenario base(String caseId) {
        return new Scenario(caseId, "Base", 1, 1, 0, Origin.NONE);
    }
}
