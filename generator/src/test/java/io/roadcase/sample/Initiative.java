package io.roadcase.sample;

import java.time.LocalDate;

/**
 * One roadmap row of the sample, as a team would type it. Fields are {@code Object} on purpose: teams
 * write the same thing differently (a date cell or {@code 2027-Q1}, {@code 60%} or {@code 60},
 * {@code high} or {@code 2}), and the sample shows that Roadcase accepts each spelling.
 */
final class Initiative {

    final String id;
    final String title;
    String theme;
    String team;
    String owner;
    String status;
    Object start;
    Object end;
    String milestone;
    String horizon;
    Object progress;
    Object confidence;
    Integer reach;
    Object impact;
    Double effort;
    Integer businessValue;
    Integer timeCriticality;
    Integer riskReduction;
    Integer jobSize;
    String dependsOn;
    String kpis;
    String fundingCase;
    String description;
    String epic;
    String segment;

    private Initiative(String id, String title) {
        this.id = id;
        this.title = title;
    }

    static Initiative item(String id, String title) {
        return new Initiative(id, title);
    }

    /** A row whose first cell starts with {@code #}: a comment Roadcase skips. */
    static Initiative comment(String text) {
        return new Initiative(text, null);
    }

    boolean isComment() {
        return title == null;
    }

    Initiative in(String theme, String team, String owner) {
        this.theme = theme;
        this.team = team;
        this.owner = owner;
        return this;
    }

    Initiative status(String status, Object progress) {
        this.status = status;
        this.progress = progress;
        return this;
    }

    Initiative dates(Object start, Object end) {
        this.start = start;
        this.end = end;
        return this;
    }

    /** A milestone has one date; {@code mark} is how the team ticks the box ({@code yes}, {@code x}). */
    Initiative milestone(LocalDate date, String mark) {
        this.end = date;
        this.milestone = mark;
        return this;
    }

    Initiative horizon(String horizon) {
        this.horizon = horizon;
        return this;
    }

    Initiative rice(int reach, Object impact, Object confidence, double effort) {
        this.reach = reach;
        this.impact = impact;
        this.confidence = confidence;
        this.effort = effort;
        return this;
    }

    Initiative confidence(Object confidence) {
        this.confidence = confidence;
        return this;
    }

    Initiative wsjf(int businessValue, int timeCriticality, int riskReduction, int jobSize) {
        this.businessValue = businessValue;
        this.timeCriticality = timeCriticality;
        this.riskReduction = riskReduction;
        this.jobSize = jobSize;
        return this;
    }

    Initiative dependsOn(String ids) {
        this.dependsOn = ids;
        return this;
    }

    Initiative kpis(String ids) {
        this.kpis = ids;
        return this;
    }

    Initiative fundingCase(String id) {
        this.fundingCase = id;
        return this;
    }

    Initiative epic(String epic) {
        this.epic = epic;
        return this;
    }

    Initiative segment(String segment) {
        this.segment = segment;
        return this;
    }

    Initiative description(String markdown) {
        this.description = markdown;
        return this;
    }

    /** The ticket behind the epic, in the company's (fictional) Jira. */
    String link() {
        return epic == null ? null : "https://jira.northwind.example/browse/" + epic;
    }
}
