package io.roadcase.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of the {@code roadmap} table. Optional inputs are null when blank; a milestone has start
 * and end set to its one date. {@code horizon} is the horizon as given (null = derive it).
 * Percent-like inputs (progress, confidence) are fractions. {@code parent} is the id of the roadmap item
 * (an epic) this one belongs to, {@code objective} the id of the objective it serves; both null when blank.
 */
public record Initiative(
        String id,
        String title,
        String theme,
        String team,
        String owner,
        InitiativeStatus status,
        LocalDate start,
        LocalDate end,
        boolean milestone,
        Horizon horizon,
        Double progress,
        Double confidence,
        Double reach,
        Double impact,
        Double effort,
        Double businessValue,
        Double timeCriticality,
        Double riskReduction,
        Double jobSize,
        List<String> dependsOn,
        List<String> kpis,
        String fundingCase,
        String description,
        String link,
        Map<String, String> extra,
        Origin origin,
        String parent,
        String objective) {

    /** The theme of an initiative whose theme cell is blank. */
    public static final String NO_THEME = "Other";

    /** An initiative without parent and objective. */
    public Initiative(String id, String title, String theme, String team, String owner, InitiativeStatus status,
            LocalDate start, LocalDate end, boolean milestone, Horizon horizon, Double progress, Double confidence,
            Double reach, Double impact, Double effort, Double businessValue, Double timeCriticality,
            Double riskReduction, Double jobSize, List<String> dependsOn, List<String> kpis, String fundingCase,
            String description, String link, Map<String, String> extra, Origin origin) {
        this(id, title, theme, team, owner, status, start, end, milestone, horizon, progress, confidence, reach,
                impact, effort, businessValue, timeCriticality, riskReduction, jobSize, dependsOn, kpis, fundingCase,
                description, link, extra, origin, null, null);
    }
}
