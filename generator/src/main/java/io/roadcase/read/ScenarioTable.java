package io.roadcase.read;

import io.roadcase.model.Scenario;
import java.util.List;

/** The optional {@code scenarios} table: what-if factors for one funding case or for all ({@code *}). */
public final class ScenarioTable extends Table<Scenario> {

    public static final Column CASE = Column.of("case", ColumnType.ID_OR_ALL).asRequired()
            .notes("a funding case id, or * for every case; a row for one case wins over a * row of the same name");
    public static final Column SCENARIO = Column.of("scenario", ColumnType.TEXT).asRequired()
            .notes("e.g. Pessimistic; Base always exists and cannot be redefined");
    public static final Column COST_FACTOR = Column.of("cost_factor", ColumnType.NUMBER).notes("blank = 1");
    public static final Column BENEFIT_FACTOR = Column.of("benefit_factor", ColumnType.NUMBER).notes("blank = 1");
    public static final Column BENEFIT_DELAY = Column.of("benefit_delay", ColumnType.WHOLE_NUMBER)
            .notes("periods (months for dated cases) by which every benefit arrives later; blank = 0");

    public ScenarioTable() {
        super("scenarios", List.of(), "Optional. One what-if scenario per row.",
                CASE, SCENARIO, COST_FACTOR, BENEFIT_FACTOR, BENEFIT_DELAY);
    }

    @Override
    protected Scenario read(Row row) {
        String caseId = row.idOrAll(CASE);
        String name = row.text(SCENARIO);
        Double costFactor = row.number(COST_FACTOR);
        Double benefitFactor = row.number(BENEFIT_FACTOR);
        Integer delay = row.whole(BENEFIT_DELAY);
        if (caseId == null || name == null) {
            return null;
        }
        return new Scenario(caseId, name, costFactor == null ? 1 : costFactor,
                benefitFactor == null ? 1 : benefitFactor, delay == null ? 0 : delay, row.origin());
    }
}
