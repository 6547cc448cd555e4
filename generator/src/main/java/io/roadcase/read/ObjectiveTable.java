package io.roadcase.read;

import io.roadcase.model.Objective;
import io.roadcase.model.ObjectiveStatus;
import java.time.LocalDate;
import java.util.List;

/** The {@code objectives} table: one objective (an OKR objective or a goal) per row. */
public final class ObjectiveTable extends Table<Objective> {

    public static final Vocabulary<ObjectiveStatus> STATUSES = Vocabulary
            .of(ObjectiveStatus.ON_TRACK, "on-track", "on track", "green", "good")
            .and(ObjectiveStatus.AT_RISK, "at-risk", "at risk", "amber", "yellow", "watch")
            .and(ObjectiveStatus.OFF_TRACK, "off-track", "off track", "red", "behind");

    public static final Column ID = Column.of("id", ColumnType.ID).asRequired().aliases("key", "objective id");
    public static final Column TITLE = Column.of("title", ColumnType.TEXT).asRequired()
            .aliases("name", "objective", "goal");
    public static final Column OWNER = Column.of("owner", ColumnType.TEXT).aliases("responsible", "lead", "dri");
    public static final Column PERIOD = Column.of("period", ColumnType.TIME_SPAN)
            .aliases("quarter", "timeframe", "cycle", "horizon")
            .notes("Q3 2026, 2026-Q3, H1 2026, 2026-H1 or 2026; or give start and end instead");
    public static final Column START = Column.of("start", ColumnType.START_DATE).aliases("start date", "begins");
    public static final Column END = Column.of("end", ColumnType.END_DATE).aliases("end date", "ends", "due")
            .notes("with start, instead of period; not before start");
    public static final Column PARENT = Column.of("parent", ColumnType.ID)
            .aliases("parent objective", "serves", "supports", "parent goal")
            .notes("the id of the objective this one serves; no cycles");
    public static final Column STATUS = Column.of("status", ColumnType.ENUM).aliases("state").words(STATUSES)
            .notes("blank = computed from the key results (docs/figures.md)");
    public static final Column KEY_RESULTS = Column.of("key_results", ColumnType.IDS)
            .aliases("key results", "krs", "kpis", "measured by")
            .notes("ids of the KPIs that measure it; a KPI's objective column links it too");
    public static final Column DESCRIPTION = Column.of("description", ColumnType.MARKDOWN).aliases("details");

    public ObjectiveTable() {
        super("objectives", List.of("okrs", "goals"),
                "One objective per row. Key results are KPIs: list them here or name the objective in the KPI's"
                        + " objective column. Initiatives serve an objective through their objective column.",
                ID, TITLE, OWNER, PERIOD, START, END, PARENT, STATUS, KEY_RESULTS, DESCRIPTION);
    }

    @Override
    protected Objective read(Row row) {
        String id = row.id(ID);
        if (id == null) {
            return null;
        }
        String title = row.text(TITLE);
        PlanningPeriod period = row.parse(PERIOD, PlanningPeriod::parse);
        LocalDate start = row.date(START);
        LocalDate end = row.date(END);
        String label = period == null ? null : period.label();
        if (start != null || end != null) {
            if (period != null) {
                row.warning(START, "give a period or start and end, not both: start and end are used");
            }
            if (start == null || end == null) {
                row.error(start == null ? START : END, "an objective's dates need both start and end");
                start = period == null ? null : period.start();
                end = period == null ? null : period.end();
            } else if (end.isBefore(start)) {
                row.error(END, "end " + end + " is before start " + start);
                start = period == null ? null : period.start();
                end = period == null ? null : period.end();
            } else {
                label = start + " – " + end;
            }
        } else if (period != null) {
            start = period.start();
            end = period.end();
        }
        if (start == null) {
            label = null;
        }
        return new Objective(id, title == null ? id : title, row.text(OWNER), label, start, end, row.id(PARENT),
                row.markdown(DESCRIPTION), row.word(STATUS), row.ids(KEY_RESULTS), row.extra(), row.origin());
    }
}
