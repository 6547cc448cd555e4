package io.roadcase.read;

import io.roadcase.model.Horizon;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import java.time.LocalDate;
import java.util.List;

/** The {@code roadmap} table: one initiative per row. */
public final class RoadmapTable extends Table<Initiative> {

    /**
     * Roadcase's status words, and the ones Jira, Linear, GitHub Projects, Azure DevOps and Asana use
     * by default (workflow states of their English UIs); a team's own words go in the setting status_map.
     */
    public static final Vocabulary<InitiativeStatus> STATUSES = Vocabulary
            .of(InitiativeStatus.PLANNED, "planned", "todo", "to do", "not started", "backlog", "open", "new",
                    "selected for development", "ready", "ready for development", "ready to start", "unstarted",
                    "triage", "proposed", "idea", "scheduled", "committed", "upcoming", "queued")
            .and(InitiativeStatus.IN_PROGRESS, "in-progress", "wip", "active", "doing", "started", "in development",
                    "in dev", "in review", "review", "in code review", "code review", "ready for review", "in qa",
                    "qa", "ready for qa", "in test", "in testing", "testing", "ready for test", "verification",
                    "ongoing", "underway", "implementing", "in flight", "on track", "reopened", "in design",
                    "in analysis", "ready for release")
            .and(InitiativeStatus.DONE, "done", "complete", "completed", "shipped", "delivered", "closed", "resolved",
                    "released", "finished", "fixed", "merged", "live", "deployed", "launched", "achieved")
            .and(InitiativeStatus.AT_RISK, "at-risk", "off track", "delayed", "behind schedule", "slipping",
                    "overdue")
            .and(InitiativeStatus.BLOCKED, "blocked", "on hold", "paused", "waiting", "impeded", "stalled",
                    "suspended")
            .and(InitiativeStatus.CANCELLED, "cancelled", "canceled", "dropped", "won't do", "wont do", "won't fix",
                    "wont fix", "duplicate", "rejected", "abandoned", "obsolete", "invalid", "declined", "not doing",
                    "removed", "cut", "descoped", "out of scope");
    public static final Vocabulary<Horizon> HORIZONS = Vocabulary.of(Horizon.NOW, "now")
            .and(Horizon.NEXT, "next").and(Horizon.LATER, "later");
    public static final Vocabulary<Double> CONFIDENCES = Vocabulary.of(1.0, "high").and(0.8, "medium").and(0.5, "low");
    public static final Vocabulary<Double> IMPACTS = Vocabulary.of(3.0, "massive").and(2.0, "high").and(1.0, "medium")
            .and(0.5, "low").and(0.25, "minimal");

    public static final Column ID = Column.of("id", ColumnType.ID).asRequired().aliases("key", "issue key", "ticket");
    public static final Column TITLE = Column.of("title", ColumnType.TEXT).asRequired().aliases("name", "initiative", "summary", "epic name", "feature");
    public static final Column THEME = Column.of("theme", ColumnType.TEXT).aliases("pillar", "swimlane", "goal", "epic link", "epic", "workstream")
            .notes("strategic pillar or swimlane; blank = Other");
    public static final Column TEAM = Column.of("team", ColumnType.TEXT).aliases("squad", "department");
    public static final Column OWNER = Column.of("owner", ColumnType.TEXT).aliases("assignee", "responsible", "lead", "dri");
    public static final Column STATUS = Column.of("status", ColumnType.ENUM).aliases("state").words(STATUSES)
            .notes("blank = planned");
    public static final Column START = Column.of("start", ColumnType.START_DATE).aliases("start date", "begin", "begins",
            "starts", "planned start", "target start", "kick-off");
    public static final Column END = Column.of("end", ColumnType.END_DATE).aliases("end date", "due", "due date", "finish", "finish date",
            "target date", "deadline", "ends", "planned end", "target end")
            .notes("not before start");
    public static final Column MILESTONE = Column.of("milestone", ColumnType.BOOLEAN)
            .notes("a milestone has one date (end, or start if no end): its start and end are both that date");
    public static final Column HORIZON = Column.of("horizon", ColumnType.ENUM).words(HORIZONS)
            .notes("blank = derived from status and dates");
    public static final Column PROGRESS = Column.of("progress", ColumnType.PERCENT).aliases("% complete", "percent complete", "completion").notes("0–100 %");
    public static final Column CONFIDENCE = Column.of("confidence", ColumnType.PERCENT_OR_ENUM).words(CONFIDENCES)
            .notes("high = 100 %, medium = 80 %, low = 50 %");
    public static final Column REACH = Column.of("reach", ColumnType.NUMBER).notes("RICE input");
    public static final Column IMPACT = Column.of("impact", ColumnType.NUMBER_OR_ENUM).words(IMPACTS)
            .notes("RICE input: massive 3, high 2, medium 1, low 0.5, minimal 0.25");
    public static final Column EFFORT = Column.of("effort", ColumnType.NUMBER).notes("RICE input; above 0");
    public static final Column BUSINESS_VALUE = Column.of("business_value", ColumnType.NUMBER).notes("WSJF input");
    public static final Column TIME_CRITICALITY = Column.of("time_criticality", ColumnType.NUMBER).notes("WSJF input");
    public static final Column RISK_REDUCTION = Column.of("risk_reduction", ColumnType.NUMBER).notes("WSJF input");
    public static final Column JOB_SIZE = Column.of("job_size", ColumnType.NUMBER).notes("WSJF input; above 0");
    public static final Column DEPENDS_ON = Column.of("depends_on", ColumnType.IDS)
            .aliases("dependencies", "blocked by", "predecessors").notes("roadmap ids; no cycles");
    public static final Column KPIS = Column.of("kpis", ColumnType.IDS)
            .notes("ids of the KPIs this initiative is meant to move");
    public static final Column FUNDING_CASE = Column.of("funding_case", ColumnType.ID)
            .aliases("case", "business case").notes("a funding case id");
    public static final Column PARENT = Column.of("parent", ColumnType.ID).aliases("parent id", "parent key")
            .notes("the roadmap id of the item (an epic) this one belongs to; no cycles");
    public static final Column OBJECTIVE = Column.of("objective", ColumnType.ID).aliases("okr")
            .notes("the id of the objective it serves (objectives table)");
    public static final Column DESCRIPTION = Column.of("description", ColumnType.MARKDOWN).aliases("details");
    public static final Column LINK = Column.of("link", ColumnType.URL).aliases("url", "issue url").notes("e.g. the ticket");

    /** Theme of initiatives whose theme cell is blank. */
    public static final String NO_THEME = Initiative.NO_THEME;

    public RoadmapTable() {
        super("roadmap", List.of("initiatives", "roadmap items"), "One initiative (or milestone) per row.",
                ID, TITLE, THEME, TEAM, OWNER, STATUS, START, END, MILESTONE, HORIZON, PROGRESS, CONFIDENCE, REACH,
                IMPACT, EFFORT, BUSINESS_VALUE, TIME_CRITICALITY, RISK_REDUCTION, JOB_SIZE, DEPENDS_ON, KPIS,
                FUNDING_CASE, PARENT, OBJECTIVE, DESCRIPTION, LINK);
    }

    @Override
    protected Initiative read(Row row) {
        String id = row.id(ID);
        if (id == null) {
            return null;
        }
        String title = row.text(TITLE);
        String theme = row.text(THEME);
        InitiativeStatus status = row.word(STATUS);
        LocalDate start = row.date(START);
        LocalDate end = row.date(END);
        boolean milestone = row.bool(MILESTONE);
        if (milestone) {
            LocalDate date = end != null ? end : start;
            start = date;
            end = date;
        }
        return new Initiative(id, title == null ? id : title, theme == null ? NO_THEME : theme, row.text(TEAM),
                row.text(OWNER), status == null ? InitiativeStatus.PLANNED : status, start, end, milestone,
                row.word(HORIZON), row.percent(PROGRESS), row.numberOrWord(CONFIDENCE, true), row.number(REACH),
                row.numberOrWord(IMPACT, false), row.number(EFFORT), row.number(BUSINESS_VALUE),
                row.number(TIME_CRITICALITY), row.number(RISK_REDUCTION), row.number(JOB_SIZE), row.ids(DEPENDS_ON),
                row.ids(KPIS), row.id(FUNDING_CASE), row.markdown(DESCRIPTION), row.url(LINK), row.extra(),
                row.origin(), row.id(PARENT), row.id(OBJECTIVE));
    }
}
