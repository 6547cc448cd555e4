package io.roadcase.read;

import io.roadcase.model.Stakeholder;
import java.util.List;

/**
 * The optional {@code stakeholders} table: who receives which briefs. A {@code *} in {@code cases} is
 * kept here and expanded to every case id once all tables are read.
 */
public final class StakeholderTable extends Table<Stakeholder> {

    public static final Column NAME = Column.of("name", ColumnType.TEXT).asRequired();
    public static final Column EMAIL = Column.of("email", ColumnType.EMAIL).asRequired().aliases("e-mail", "email address")
            .notes("must look like an address: name@example.com; used only by roadcase mail, never published");
    public static final Column ROLE = Column.of("role", ColumnType.TEXT);
    public static final Column CASES = Column.of("cases", ColumnType.IDS_OR_ALL)
            .notes("funding case ids, or * for all (data.json lists them expanded)");
    public static final Column PORTFOLIO = Column.of("portfolio", ColumnType.BOOLEAN)
            .notes("receives the portfolio brief");

    public StakeholderTable() {
        super("stakeholders", List.of(), "Optional. One person per row.", NAME, EMAIL, ROLE, CASES, PORTFOLIO);
    }

    @Override
    protected Stakeholder read(Row row) {
        String name = row.text(NAME);
        String email = row.text(EMAIL);
        if (name == null || email == null) {
            return null;
        }
        return new Stakeholder(name, email, row.text(ROLE), row.ids(CASES), row.bool(PORTFOLIO), row.origin());
    }
}
