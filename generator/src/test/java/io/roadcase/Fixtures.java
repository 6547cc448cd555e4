package io.roadcase;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import io.roadcase.model.CaseFigures.Point;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import io.roadcase.model.CaseFigures.SensitivityLine;
import io.roadcase.model.CaseFigures.ShareAmount;
import io.roadcase.model.CaseStatus;
import io.roadcase.model.CashFlow;
import io.roadcase.model.Direction;
import io.roadcase.model.FlowType;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Horizon;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Objective;
import io.roadcase.model.ObjectiveFigures;
import io.roadcase.model.ObjectiveStatus;
import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.PageSize;
import io.roadcase.model.Periodicity;
import io.roadcase.model.PortfolioSummary;
import io.roadcase.model.PortfolioSummary.AskTotal;
import io.roadcase.model.Problem;
import io.roadcase.model.Place;
import io.roadcase.model.Risk;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RiskRating;
import io.roadcase.model.RiskStatus;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.Settings;
import io.roadcase.model.Stakeholder;
import io.roadcase.model.Trend;
import io.roadcase.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small hand-made analyzed report for renderer tests (charts, site, PDF), independent of the reader
 * and the analysis. Figures are plausible, not computed: tests of figures live with the analysis.
 * {@link #report(String)} puts a given text into every free-text field, for escaping tests.
 */
public final class Fixtures {

    public static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 24);

    private Fixtures() {
    }

    public static Report report() {
        return report(null);
    }

    /** @param hostile when not null, replaces every free text (titles, notes, narratives, names) */
    public static Report report(String hostile) {
        Settings settings = new Settings(t(hostile, "Acme Product Portfolio"), t(hostile, "Acme Corp"), "USD", 0.10,
                REPORT_DATE, 4, Locale.forLanguageTag("en-GB"), null, t(hostile, "Internal"), "#1f5fad", null, 0.20,
                PageSize.A4);

        List<RoadmapItem> items = List.of(
                item(initiative("CHK-1", t(hostile, "One-click checkout"), "Growth", "Payments", InitiativeStatus.IN_PROGRESS,
                        d(2026, 7, 1), d(2027, 2, 28), false, 0.45, List.of(), List.of("conv"), "checkout", hostile),
                        Horizon.NOW, 3200.0, 6.5, false, List.of(), List.of("CHK-2")),
                item(initiative("CHK-2", t(hostile, "Saved cards"), "Growth", "Payments", InitiativeStatus.PLANNED,
                        d(2027, 1, 15), d(2027, 5, 31), false, null, List.of("CHK-1"), List.of("conv"), "checkout", hostile),
                        Horizon.LATER, 1500.0, 4.0, false, List.of("CHK-1"), List.of()),
                item(initiative("OPS-7", t(hostile, "Incident automation"), "Reliability", "Platform", InitiativeStatus.AT_RISK,
                        d(2026, 5, 1), d(2026, 10, 31), false, 0.7, List.of(), List.of("mttr"), null, hostile),
                        Horizon.NOW, null, 8.0, true, List.of(), List.of()),
                item(initiative("GA-1", t(hostile, "General availability"), "Growth", "Payments", InitiativeStatus.PLANNED,
                        d(2027, 2, 28), d(2027, 2, 28), true, null, List.of("CHK-1"), List.of(), null, hostile),
                        Horizon.LATER, null, null, false, List.of(), List.of()));

        Kpi conv = new Kpi("conv", t(hostile, "Checkout conversion"), "%", Direction.HIGHER, 0.05, d(2027, 6, 30), 0.032, 0.10,
                "customer", t(hostile, "Growth team"), t(hostile, "Share of sessions that buy."), 1, Map.of(), Origin.NONE);
        Kpi mttr = new Kpi("mttr", t(hostile, "Incident MTTR"), "min", Direction.LOWER, 30.0, d(2027, 3, 31), 95.0, 0.10,
                "reliability", "SRE", "", 0, Map.of(), Origin.NONE);
        Kpi nps = new Kpi("nps", t(hostile, "NPS"), "NPS", Direction.HIGHER, null, null, null, 0.10, "customer", "", "",
                null, Map.of(), Origin.NONE);
        List<Observation> convObs = monthly("conv", 0.032, 0.0012, 12, hostile);
        List<Observation> mttrObs = monthly("mttr", 95, -4.5, 12, null);
        List<Observation> npsObs = monthly("nps", 31, 0.5, 6, null);
        List<KpiFigures> kpis = List.of(
                new KpiFigures(conv, convObs, last(convObs, 1), last(convObs, 2), 0.05, KpiStatus.RED, 0.1232, 0.0012,
                        0.0289, Trend.IMPROVING, 0.0528, true, 0.7333, List.of("CHK-1", "CHK-2"), List.of("checkout")),
                new KpiFigures(mttr, mttrObs, last(mttrObs, 1), last(mttrObs, 2), 30.0, KpiStatus.AMBER, 0.02, -4.5,
                        -0.1463, Trend.IMPROVING, 4.0, true, 0.9846, List.of("OPS-7"), List.of()),
                new KpiFigures(nps, npsObs, last(npsObs, 1), last(npsObs, 2), null, KpiStatus.NO_TARGET, null, 0.5,
                        0.0148, Trend.IMPROVING, null, null, null, List.of(), List.of()));

        FundingCase checkout = new FundingCase("checkout", t(hostile, "Checkout modernisation"), t(hostile, "Dana Lee (CPO)"),
                t(hostile, "Sam Ortiz"), CaseStatus.PROPOSED, 450000.0, "USD", 0.10, Periodicity.YEAR, d(2027, 1, 1),
                d(2026, 12, 15), md(hostile, "Rebuild checkout to lift conversion by **1.8 points**."),
                md(hostile, "Checkout drops *38 %* of buyers.\n\n- slow\n- no saved cards"),
                md(hostile, "Ship one-click checkout and saved cards. See [the RFC](https://example.com/rfc)."),
                md(hostile, "## Do nothing\nConversion keeps falling."),
                List.of(new FundingCase.Share("Engineering", 0.6), new FundingCase.Share("Marketing", 0.4)),
                List.of("conv"), Map.of("Portfolio code", "P-17"), Origin.NONE);
        List<CashFlow> flows = List.of(
                flow("checkout", 0, FlowType.COST, "Engineering", 300000, hostile),
                flow("checkout", 0, FlowType.COST, "Licences", 150000, null),
                flow("checkout", 1, FlowType.COST, "Licences", 60000, null),
                flow("checkout", 1, FlowType.BENEFIT, "Revenue uplift", 260000, null),
                flow("checkout", 2, FlowType.BENEFIT, "Revenue uplift", 320000, null),
                flow("checkout", 2, FlowType.COST, "Licences", 60000, null),
                flow("checkout", 3, FlowType.BENEFIT, "Revenue uplift", 340000, null));
        double[] net = {-450000, 200000, 260000, 340000};
        List<PeriodRow> rows = new ArrayList<>();
        double cum = 0;
        double dcum = 0;
        for (int t = 0; t < net.length; t++) {
            double df = 1 / Math.pow(1.1, t);
            cum += net[t];
            dcum += net[t] * df;
            double costs = t == 0 ? 450000 : t < 3 ? 60000 : 0;
            Map<String, Double> c = new LinkedHashMap<>();
            if (t == 0) {
                c.put("Engineering", 300000.0);
                c.put("Licences", 150000.0);
            } else if (costs > 0) {
                c.put("Licences", costs);
            }
            Map<String, Double> b = t == 0 ? Map.of() : Map.of("Revenue uplift", net[t] + costs);
            rows.add(new PeriodRow(t, d(2027 + t, 1, 1), String.valueOf(2027 + t), c, b, costs, net[t] + costs, net[t],
                    df, net[t] * df, cum, dcum));
        }
        List<ScenarioFigures> scenarios = List.of(
                new ScenarioFigures("Base", 1, 1, 0, 214163.79, 0.3313, 1.96, points(rows, 0)),
                new ScenarioFigures(t(hostile, "Pessimistic"), 1.2, 0.7, 1, -180000.0, null, null, points(rows, -120000)),
                new ScenarioFigures("Optimistic", 0.9, 1.2, 0, 390000.0, 0.52, 1.4, points(rows, 90000)));
        List<SensitivityLine> sensitivity = List.of(
                new SensitivityLine(FlowType.BENEFIT, "Revenue uplift", 51000, 377000),
                new SensitivityLine(FlowType.COST, "Engineering", 274000, 154000),
                new SensitivityLine(FlowType.COST, "Licences", 258000, 170000));
        Risk r1 = new Risk(t(hostile, "Payment provider delays API"), "checkout", null, 3, 4, t(hostile, "Second provider"),
                "Sam", RiskStatus.OPEN, Origin.NONE);
        Risk r2 = new Risk(t(hostile, "Pager fatigue"), null, "OPS-7", 4, 2, "Rotate", "SRE", RiskStatus.OPEN, Origin.NONE);
        List<RiskFigures> risks = List.of(new RiskFigures(r1, 12, RiskRating.HIGH), new RiskFigures(r2, 8, RiskRating.HIGH));
        CaseFigures checkoutFigures = new CaseFigures(checkout, false, flows, 214163.79, 0.3313, 0.2210, 0.5714, 1.41,
                1.96, 2.45, 570000.0, 920000.0, 450000.0, -0.3021, rows, scenarios, sensitivity,
                List.of(new ShareAmount("Engineering", 0.6, 270000.0), new ShareAmount("Marketing", 0.4, 180000.0)),
                List.of("CHK-1", "CHK-2"), List.of(risks.get(0)));

        FundingCase empty = new FundingCase("data-lake", t(hostile, "Data lake"), "CFO", "", CaseStatus.DRAFT, null, "EUR",
                0.08, Periodicity.QUARTER, d(2027, 1, 1), null, "", "", "", "", List.of(), List.of(), Map.of(),
                Origin.NONE);
        CaseFigures emptyFigures = new CaseFigures(empty, false, List.of(), null, null, null, null, null, null, null,
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        Map<KpiStatus, Integer> statusCounts = new LinkedHashMap<>();
        for (KpiStatus s : KpiStatus.values()) {
            statusCounts.put(s, 0);
        }
        statusCounts.put(KpiStatus.RED, 1);
        statusCounts.put(KpiStatus.AMBER, 1);
        statusCounts.put(KpiStatus.NO_TARGET, 1);
        Map<Horizon, Integer> byHorizon = new LinkedHashMap<>(Map.of(Horizon.NOW, 2, Horizon.NEXT, 0, Horizon.LATER, 2));
        PortfolioSummary summary = new PortfolioSummary(
                List.of(new AskTotal(CaseStatus.PROPOSED, "USD", 450000, 1)), statusCounts, byHorizon,
                new LinkedHashMap<>(Map.of("Growth", 3, "Reliability", 1)));
        List<Stakeholder> stakeholders = List.of(new Stakeholder(t(hostile, "Alex CFO"), "cfo@example.com", "Finance",
                List.of("checkout", "data-lake"), true, Origin.NONE));
        List<Problem> problems = List.of(
                Problem.warning(Place.cell("roadmap.xlsx", "Roadmap", "F5"),
                        t(hostile, "OPS-7 is overdue: it ended on 2026-10-31 and its status is at-risk")),
                Problem.warning(null, "data-lake has no cash flows: its figures are empty"));
        return new Report(REPORT_DATE, settings, items, kpis, List.of(checkoutFigures, emptyFigures), risks,
                stakeholders, summary, problems).withObjectives(objectives(hostile));
    }

    /** A yearly goal served by a quarter's objective, whose key result is conv and which CHK-1 serves. */
    private static List<ObjectiveFigures> objectives(String hostile) {
        Objective grow = new Objective("grow", t(hostile, "Grow checkout revenue"), t(hostile, "Alex CFO"), "2027",
                d(2027, 1, 1), d(2027, 12, 31), null, md(hostile, "Why **growth** matters."), null, List.of(),
                Map.of(), Origin.NONE);
        Objective q1 = new Objective("q1", t(hostile, "Faster checkout"), t(hostile, "Sam"), "Q1 2027", d(2027, 1, 1),
                d(2027, 3, 31), "grow", "", null, List.of("conv"), Map.of("Tier", t(hostile, "company")), Origin.NONE);
        return List.of(
                new ObjectiveFigures(grow, List.of(), List.of(), List.of("q1"), null, null, ObjectiveStatus.AT_RISK,
                        true, 0.0, 0.4, 0.0, 0),
                new ObjectiveFigures(q1, List.of(new ObjectiveFigures.KeyResult("conv", 0.032, 0.4)), List.of("CHK-1"),
                        List.of(), 0.4, 0.0, ObjectiveStatus.AT_RISK, true, 0.0, 0.4, 0.0, 1));
    }

    private static String t(String hostile, String normal) {
        return hostile == null ? normal : hostile;
    }

    private static String md(String hostile, String normal) {
        return hostile == null ? normal : hostile + "\n\n<script>alert(1)</script> [x](javascript:alert(1))";
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Initiative initiative(String id, String title, String theme, String team, InitiativeStatus status,
            LocalDate start, LocalDate end, boolean milestone, Double progress, List<String> dependsOn,
            List<String> kpis, String fundingCase, String hostile) {
        return new Initiative(id, title, theme, team, t(hostile, "Owner " + id), status, start, end, milestone, null,
                progress, 0.8, 4000.0, 2.0, 2.0, 8.0, 5.0, 3.0, 2.0, dependsOn, kpis, fundingCase,
                md(hostile, "Why **" + id + "** matters."), "https://tracker.example.com/" + id,
                Map.of("Jira epic", t(hostile, "EPIC-" + id)), Origin.NONE, null, id.equals("CHK-1") ? "q1" : null);
    }

    private static RoadmapItem item(Initiative i, Horizon h, Double rice, Double wsjf, boolean overdue,
            List<String> conflicts, List<String> dependents) {
        return new RoadmapItem(i, h, rice, wsjf, overdue, conflicts, dependents);
    }

    private static List<Observation> monthly(String kpi, double start, double step, int n, String hostile) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String note = i == n / 2 ? t(hostile, "Release 4.2") : null;
            list.add(new Observation(kpi, LocalDate.of(2025, 12, 1).plusMonths(i), start + step * i, null, note,
                    Origin.NONE));
        }
        return List.copyOf(list);
    }

    private static Observation last(List<Observation> list, int fromEnd) {
        return list.get(list.size() - fromEnd);
    }

    private static CashFlow flow(String caseId, int period, FlowType type, String category, double amount, String hostile) {
        return new CashFlow(caseId, period, null, type, t(hostile, category), amount, null, Origin.NONE);
    }

    private static List<Point> points(List<PeriodRow> rows, double shift) {
        return rows.stream().map(r -> new Point(r.date(), r.cumulative() + shift)).toList();
    }
}
