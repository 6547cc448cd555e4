package io.roadcase.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every table Roadcase reads, found by sheet or file name (loosely, with aliases). */
public final class Tables {

    public static final SettingsTable SETTINGS = new SettingsTable();
    public static final RoadmapTable ROADMAP = new RoadmapTable();
    public static final KpiTable KPIS = new KpiTable();
    public static final KpiValuesTable KPI_VALUES = new KpiValuesTable();
    public static final FundingCaseTable FUNDING_CASES = new FundingCaseTable();
    public static final CashFlowTable CASH_FLOWS = new CashFlowTable();
    public static final ScenarioTable SCENARIOS = new ScenarioTable();
    public static final RiskTable RISKS = new RiskTable();
    public static final StakeholderTable STAKEHOLDERS = new StakeholderTable();
    public static final ObjectiveTable OBJECTIVES = new ObjectiveTable();
    public static final ChartTable CHARTS = new ChartTable();

    /** In docs order. */
    public static final List<Table<?>> ALL = List.of(ROADMAP, KPIS, KPI_VALUES, FUNDING_CASES, CASH_FLOWS, SCENARIOS,
            RISKS, STAKEHOLDERS, OBJECTIVES, CHARTS, SETTINGS);

    private static final Map<String, Table<?>> BY_NAME = byName();

    private Tables() {
    }

    /** The table a sheet or file stem names, or null. */
    public static Table<?> find(String name) {
        return BY_NAME.get(LooseNames.key(name));
    }

    private static Map<String, Table<?>> byName() {
        Map<String, Table<?>> map = new HashMap<>();
        for (Table<?> table : ALL) {
            map.put(LooseNames.key(table.name()), table);
            table.aliases().forEach(alias -> map.put(LooseNames.key(alias), table));
        }
        return map;
    }
}
