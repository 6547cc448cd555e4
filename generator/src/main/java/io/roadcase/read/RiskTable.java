package io.roadcase.read;

import io.roadcase.model.Risk;
import io.roadcase.model.RiskStatus;
import java.util.List;

/** The optional {@code risks} table: one risk of a funding case or an initiative per row. */
public final class RiskTable extends Table<Risk> {

    public static final Vocabulary<Integer> SCALE = Vocabulary.of(1, "very low").and(2, "low").and(3, "medium")
            .and(4, "high").and(5, "very high");
    /** An accepted risk stays open: it can still happen, only nothing more is done about it. */
    public static final Vocabulary<RiskStatus> STATUSES = Vocabulary
            .of(RiskStatus.OPEN, "open", "active", "new", "identified", "in progress", "monitoring", "monitor",
                    "ongoing", "to do", "assessed", "reopened", "escalated", "accepted")
            .and(RiskStatus.CLOSED, "closed", "resolved", "mitigated", "done", "retired", "transferred", "avoided",
                    "no longer relevant", "expired");

    public static final Column RISK = Column.of("risk", ColumnType.TEXT).asRequired().aliases("risk title", "risk description");
    public static final Column CASE = Column.of("case", ColumnType.ID)
            .notes("a funding case id; a risk needs a case or an initiative");
    public static final Column INITIATIVE = Column.of("initiative", ColumnType.ID)
            .notes("a roadmap id; a risk needs a case or an initiative");
    public static final Column LIKELIHOOD = Column.of("likelihood", ColumnType.SCALE).asRequired().aliases("probability").words(SCALE)
            .notes("very low 1, low 2, medium 3, high 4, very high 5");
    public static final Column IMPACT = Column.of("impact", ColumnType.SCALE).asRequired().aliases("severity", "consequence").words(SCALE)
            .notes("very low 1, low 2, medium 3, high 4, very high 5");
    public static final Column MITIGATION = Column.of("mitigation", ColumnType.TEXT).aliases("mitigation plan", "response", "actions",
            "treatment");
    public static final Column OWNER = Column.of("owner", ColumnType.TEXT).aliases("risk owner", "assignee");
    public static final Column STATUS = Column.of("status", ColumnType.ENUM).words(STATUSES).notes("blank = open");

    public RiskTable() {
        super("risks", List.of(), "Optional. One risk per row, about a funding case or an initiative.",
                RISK, CASE, INITIATIVE, LIKELIHOOD, IMPACT, MITIGATION, OWNER, STATUS);
    }

    @Override
    protected Risk read(Row row) {
        String risk = row.text(RISK);
        String caseId = row.id(CASE);
        String initiative = row.id(INITIATIVE);
        Integer likelihood = row.scale(LIKELIHOOD);
        Integer impact = row.scale(IMPACT);
        RiskStatus status = row.word(STATUS);
        if (risk == null || likelihood == null || impact == null) {
            return null;
        }
        return new Risk(risk, caseId, initiative, likelihood, impact, row.text(MITIGATION), row.text(OWNER),
                status == null ? RiskStatus.OPEN : status, row.origin());
    }
}
