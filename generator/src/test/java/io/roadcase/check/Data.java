package io.roadcase.check;

import io.roadcase.model.CaseStatus;
import io.roadcase.model.CashFlow;
import io.roadcase.model.Direction;
import io.roadcase.model.FlowType;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Kpi;
import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.Periodicity;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Risk;
import io.roadcase.model.RiskStatus;
import io.roadcase.model.Scenario;
import io.roadcase.model.Settings;
import io.roadcase.model.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-built portfolio for checker tests. Every record sits on its own CSV line of a file named
 * after its table, and every field maps to a column of the same name, so places are easy to assert.
 */
final class Data {

    private static final Map<String, String> COLUMNS = new AnyColumn();

    final List<Initiative> initiatives = new ArrayList<>();
    final List<Kpi> kpis = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    final List<FundingCase> cases = new ArrayList<>();
    final List<CashFlow> flows = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();
    final List<Risk> risks = new ArrayList<>();
    final List<Stakeholder> people = new ArrayList<>();

    static Origin at(String file, int line) {
        return new Origin(file, null, line, COLUMNS);
    }

    /** The mutable parts of an initiative that rules look at. */
    static final class Item {
        String id;
        InitiativeStatus status = InitiativeStatus.PLANNED;
        LocalDate start;
        LocalDate end;
        Double progress;
        Double effort;
        Double jobSize;
        List<String> dependsOn = List.of();
        List<String> kpis = List.of();
        String fundingCase;
    }

    Data item(String id, java.util.function.Consumer<Item> spec) {
        Item item = new Item();
        item.id = id;
        spec.accept(item);
        initiatives.add(new Initiative(item.id, item.id, "Other", null, null, item.status, item.start, item.end,
                false, null, item.progress, null, null, null, item.effort, null, null, null, item.jobSize,
                item.dependsOn, item.kpis, item.fundingCase, null, null, Map.of(),
                at("roadmap.csv", initiatives.size() + 2)));
        return this;
    }

    Data item(String id, String... dependsOn) {
        return item(id, i -> i.dependsOn = List.of(dependsOn));
    }

    Data kpi(String id, String unit) {
        kpis.add(new Kpi(id, id, unit, Direction.HIGHER, null, null, null, 0.1, null, null, null, null, Map.of(),
                at("kpis.csv", kpis.size() + 2)));
        return this;
    }

    Data value(String kpi, String date, double value) {
        observations.add(new Observation(kpi, LocalDate.parse(date), value, null, null,
                at("kpi_values.csv", observations.size() + 2)));
        return this;
    }

    Data fundingCase(String id, List<FundingCase.Share> sharing, String... kpiIds) {
        cases.add(new FundingCase(id, id, null, null, CaseStatus.PROPOSED, null, "USD", 0.1, Periodicity.YEAR,
                LocalDate.of(2026, 1, 1), null, null, null, null, null, sharing, List.of(kpiIds), Map.of(),
                at("funding_cases.csv", cases.size() + 2)));
        return this;
    }

    Data fundingCase(String id) {
        return fundingCase(id, List.of());
    }

    Data flow(String caseId, Integer period, String date) {
        flows.add(new CashFlow(caseId, period, date == null ? null : LocalDate.parse(date), FlowType.COST, "cost",
                100, null, at("cash_flows.csv", flows.size() + 2)));
        return this;
    }

    Data scenario(String caseId, String name) {
        scenarios.add(new Scenario(caseId, name, 1.2, 0.8, 0, at("scenarios.csv", scenarios.size() + 2)));
        return this;
    }

    Data risk(String caseId, String initiative, int likelihood, int impact) {
        risks.add(new Risk("Vendor late", caseId, initiative, likelihood, impact, null, null, RiskStatus.OPEN,
                at("risks.csv", risks.size() + 2)));
        return this;
    }

    Data person(String email, String... cases) {
        people.add(new Stakeholder("Ann", email, null, List.of(cases), false, at("stakeholders.csv", people.size() + 2)));
        return this;
    }

    Portfolio portfolio() {
        return new Portfolio(Settings.DEFAULTS, initiatives, kpis, observations, cases, flows, scenarios, risks,
                people);
    }

    /** Every field name maps to a column header of the same name. */
    private static final class AnyColumn extends HashMap<String, String> {
        @Override
        public String get(Object key) {
            return (String) key;
        }
    }
}
