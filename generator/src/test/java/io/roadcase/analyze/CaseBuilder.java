package io.roadcase.analyze;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseStatus;
import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Origin;
import io.roadcase.model.Periodicity;
import io.roadcase.model.Problem;
import io.roadcase.model.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small funding cases with their cash flows for analysis tests. */
final class CaseBuilder {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 24);

    private final String id;
    private double rate = 0.10;
    private Periodicity periodicity = Periodicity.YEAR;
    private LocalDate start = START;
    private Double ask;
    private List<FundingCase.Share> shares = List.of();
    private final List<CashFlow> flows = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private double sensitivity = 0.20;
    final List<Problem> problems = new ArrayList<>();

    CaseBuilder(String id) {
        this.id = id;
    }

    CaseBuilder rate(double annual) {
        this.rate = annual;
        return this;
    }

    CaseBuilder periodicity(Periodicity p) {
        this.periodicity = p;
        return this;
    }

    CaseBuilder start(LocalDate date) {
        this.start = date;
        return this;
    }

    CaseBuilder ask(Double amount) {
        this.ask = amount;
        return this;
    }

    CaseBuilder shares(FundingCase.Share... parts) {
        this.shares = List.of(parts);
        return this;
    }

    CaseBuilder sensitivity(double s) {
        this.sensitivity = s;
        return this;
    }

    CaseBuilder cost(int period, String category, double amount) {
        flows.add(new CashFlow(id, period, null, FlowType.COST, category, amount, null, Origin.NONE));
        return this;
    }

    CaseBuilder benefit(int period, String category, double amount) {
        flows.add(new CashFlow(id, period, null, FlowType.BENEFIT, category, amount, null, Origin.NONE));
        return this;
    }

    CaseBuilder cost(LocalDate date, String category, double amount) {
        flows.add(new CashFlow(id, null, date, FlowType.COST, category, amount, null, Origin.NONE));
        return this;
    }

    CaseBuilder benefit(LocalDate date, String category, double amount) {
        flows.add(new CashFlow(id, null, date, FlowType.BENEFIT, category, amount, null, Origin.NONE));
        return this;
    }

    CaseBuilder scenario(String caseId, String name, double costFactor, double benefitFactor, int delay) {
        scenarios.add(new Scenario(caseId, name, costFactor, benefitFactor, delay, Origin.NONE));
        return this;
    }

    FundingCase fundingCase() {
        return new FundingCase(id, "Case " + id, "", "", CaseStatus.PROPOSED, ask, "USD", rate, periodicity, start,
                null, "", "", "", "", shares, List.of(), Map.of(), Origin.NONE);
    }

    List<CashFlow> flows() {
        return flows;
    }

    double sensitivity() {
        return sensitivity;
    }

    List<Scenario> scenarios() {
        return scenarios;
    }

    @Override
    public String toString() {
        return id + " (" + periodicity.word() + ", rate " + rate + ", " + flows.size() + " cash flows)";
    }

    CaseFigures analyze() {
        return new CaseAnalysis(sensitivity, REPORT_DATE).analyze(fundingCase(), flows, scenarios, List.of(), List.of(),
                problems);
    }
}
