package io.roadcase.model;

/**
 * One difference between this report and its baseline (the previous publish), matched by id.
 *
 * @param kind   what happened: added, removed, slipped (a date moved later) or changed
 * @param entity what kind of thing changed
 * @param id     its id; a risk's text and a stakeholder's name, which have no id column
 * @param name   its title or name as shown (the baseline's for something removed)
 * @param field  the {@code data.json} field that changed; null when the thing was added or removed
 * @param from   the baseline's value: a String, Double, LocalDate or List of String; for a removed
 *               thing its name; null when it did not exist
 * @param to     the value now, of the same types; for an added thing its name
 * @param delta  for dates the days moved (positive = later), for numbers {@code to - from}, else null
 * @param page   the site page showing it, from the site root, or null (removed things, stakeholders)
 * @param caseId the funding case it belongs to (the case itself, a risk of the case, an initiative
 *               the case funds), or null: a case brief shows these
 */
public record Change(
        Kind kind,
        Entity entity,
        String id,
        String name,
        String field,
        Object from,
        Object to,
        Double delta,
        String page,
        String caseId) {

    /** What happened to the thing. */
    public enum Kind implements Word {
        ADDED, REMOVED, SLIPPED, CHANGED
    }

    /** The kinds of thing compared, in the order the changes page groups them. */
    public enum Entity implements Word {
        INITIATIVE, KPI, FUNDING_CASE, RISK, STAKEHOLDER
    }

    /** Whether this is a move of a date to later (of a start or an end). */
    public boolean isSlip() {
        return kind == Kind.SLIPPED;
    }
}
