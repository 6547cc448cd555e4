package io.roadcase.read;

import io.roadcase.model.Direction;
import io.roadcase.model.Kpi;
import java.util.List;

/** The {@code kpis} table: one KPI definition per row. */
public final class KpiTable extends Table<Kpi> {

    public static final Vocabulary<Direction> DIRECTIONS = Vocabulary
            .of(Direction.HIGHER, "higher", "up", "higher is better", "increase", "maximize")
            .and(Direction.LOWER, "lower", "down", "lower is better", "decrease", "minimize");

    public static final Column ID = Column.of("id", ColumnType.ID).asRequired();
    public static final Column NAME = Column.of("name", ColumnType.TEXT).asRequired().aliases("title", "metric", "kpi", "kpi name", "metric name");
    public static final Column UNIT = Column.of("unit", ColumnType.TEXT).aliases("units", "unit of measure")
            .notes("% means values are fractions shown as percent (0.95 → 95 %); anything else (ms, USD, NPS) is a"
                    + " display suffix");
    public static final Column DIRECTION = Column.of("direction", ColumnType.ENUM).words(DIRECTIONS)
            .notes("blank = higher");
    public static final Column TARGET = Column.of("target", ColumnType.NUMBER);
    public static final Column TARGET_DATE = Column.of("target_date", ColumnType.END_DATE)
            .notes("when the target should be met");
    public static final Column BASELINE = Column.of("baseline", ColumnType.NUMBER)
            .notes("the value before the work started");
    public static final Column TOLERANCE = Column.of("tolerance", ColumnType.PERCENT)
            .notes("amber band around the target; blank = 10 %");
    public static final Column CATEGORY = Column.of("category", ColumnType.TEXT).aliases("area")
            .notes("e.g. customer, efficiency, reliability, financial");
    public static final Column OWNER = Column.of("owner", ColumnType.TEXT).aliases("assignee", "responsible");
    public static final Column DESCRIPTION = Column.of("description", ColumnType.MARKDOWN);
    public static final Column OBJECTIVE = Column.of("objective", ColumnType.ID).aliases("okr", "goal")
            .notes("the id of the objective this KPI is a key result of (objectives table)");
    public static final Column DECIMALS = Column.of("decimals", ColumnType.WHOLE_NUMBER)
            .notes("display precision, 0–6");

    /** The amber band when the tolerance cell is blank. */
    public static final double DEFAULT_TOLERANCE = 0.10;

    public KpiTable() {
        super("kpis", List.of("metrics", "kpi definitions"), "One KPI per row.",
                ID, NAME, UNIT, DIRECTION, TARGET, TARGET_DATE, BASELINE, TOLERANCE, CATEGORY, OWNER, DESCRIPTION,
                DECIMALS, OBJECTIVE);
    }

    @Override
    protected Kpi read(Row row) {
        String id = row.id(ID);
        if (id == null) {
            return null;
        }
        String name = row.text(NAME);
        Direction direction = row.word(DIRECTION);
        Double tolerance = row.percent(TOLERANCE);
        Integer decimals = row.parse(DECIMALS, cell -> {
            Integer n = NumberCells.whole(cell, "a whole number from 0 to 6");
            if (n < 0 || n > 6) {
                throw FoundText.expected("a whole number from 0 to 6", cell);
            }
            return n;
        });
        return new Kpi(id, name == null ? id : name, row.text(UNIT), direction == null ? Direction.HIGHER : direction,
                row.number(TARGET), row.date(TARGET_DATE), row.number(BASELINE),
                tolerance == null ? DEFAULT_TOLERANCE : tolerance, row.text(CATEGORY), row.text(OWNER),
                row.markdown(DESCRIPTION), decimals, row.extra(), row.origin(), row.id(OBJECTIVE));
    }
}
