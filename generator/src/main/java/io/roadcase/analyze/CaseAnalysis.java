package io.roadcase.analyze;

import io.roadcase.analyze.Finance.Root;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import io.roadcase.model.CaseFigures.Point;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import io.roadcase.model.CaseFigures.SensitivityLine;
import io.roadcase.model.CaseFigures.ShareAmount;
import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Periodicity;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The figures of one funding case (METRICS.md, Funding cases): npv, irr, paybacks, scenarios, sensitivity. */
final class CaseAnalysis {

    /** Sensitivity order: largest swing first, then costs before benefits, then category A–Z. */
    static final Comparator<SensitivityLine> TORNADO_ORDER = Comparator
            .comparingDouble(SensitivityLine::swing).reversed()
            .thenComparing(SensitivityLine::type)
            .thenComparing(SensitivityLine::category, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SensitivityLine::category);

    private final double sensitivity;
    private final LocalDate defaultStart;

    /**
     * @param sensitivity the setting {@code sensitivity}: the fraction each line is scaled down and up by
     * @param reportDate  its year's 1 January is the start of a case without one (the reader fills it anyway)
     */
    CaseAnalysis(double sensitivity, LocalDate reportDate) {
        this.sensitivity = sensitivity;
        this.defaultStart = LocalDate.of(reportDate.getYear(), 1, 1);
    }

    /**
     * @param flows     the case's cash flows in input order
     * @param scenarios the whole {@code scenarios} table
     * @param problems  where the analysis's own problems are added
     */
    CaseFigures analyze(FundingCase fundingCase, List<CashFlow> flows, List<Scenario> scenarios,
            List<String> initiatives, List<RiskFigures> risks, List<Problem> problems) {
        Place place = fundingCase.origin() == null ? null : fundingCase.origin().rowPlace();
        // The checker rejects a case mixing periods and dates; should one get here, its first kind wins.
        boolean dated = !flows.isEmpty() && flows.get(0).isDated();
        List<CashFlow> usable = flows.stream().filter(f -> f.isDated() == dated).toList();
        if (usable.isEmpty()) {
            problems.add(Problem.warning(place, fundingCase.id() + " has no cash flows: its figures are empty"));
            return withoutFigures(fundingCase, flows, initiatives, risks);
        }
        // The checker limits the rate; a rate of -100 % or less would make every discount factor infinite.
        if (!(fundingCase.discountRate() > -1) || !Double.isFinite(fundingCase.discountRate())) {
            problems.add(Problem.warning(place, fundingCase.id() + ": the discount rate must be above -100 %, found "
                    + fundingCase.discountRate() + ": its figures are empty"));
            return withoutFigures(fundingCase, flows, initiatives, risks);
        }
        Basis basis = new Basis(fundingCase, dated, usable, defaultStart);
        Slots base = new Slots(basis.timeline(Scenario.base(fundingCase.id())), usable, 1, 1, true);
        List<String> empty = new ArrayList<>();

        Double npv = Finance.npv(basis.rate, base.net, base.timeline.exponents());
        Double pvBenefits = Finance.npv(basis.rate, base.benefits, base.timeline.exponents());
        Double pvCosts = Finance.npv(basis.rate, base.costs, base.timeline.exponents());
        Double irr = irr(basis, base, "", empty, problems, place, fundingCase.id());
        Double mirr = null;
        if (!dated) {
            Double perPeriod = Finance.mirr(base.net, basis.rate, basis.rate);
            mirr = perPeriod == null ? null : Finance.finite(Finance.annualRate(perPeriod, basis.periodsPerYear));
            explain(empty, "mirr", mirr, "the net cash flows need both a negative and a positive period");
        }
        double totalCosts = sum(base.costs);
        double totalBenefits = sum(base.benefits);
        Double roi = totalCosts == 0 ? null : Finance.finite((totalBenefits - totalCosts) / totalCosts);
        explain(empty, "roi", roi, "total costs are 0");
        Double bcr = pvCosts == null || pvBenefits == null || pvCosts == 0 ? null : Finance.finite(pvBenefits / pvCosts);
        explain(empty, "bcr", bcr, "the present value of costs is 0");
        Double payback = Finance.payback(base.net, base.timeline.years());
        explain(empty, "paybackYears", payback, "the cumulative net cash flow never gets back to 0");
        double[] discountedNet = base.discounted(basis.rate);
        Double discountedPayback = Finance.payback(discountedNet, base.timeline.years());
        explain(empty, "discountedPaybackYears", discountedPayback,
                "the cumulative discounted cash flow never gets back to 0");
        Double ask = fundingCase.ask() != null ? fundingCase.ask() : totalCosts;
        Double breakEven = npv == null || pvBenefits == null || pvBenefits == 0 ? null
                : Finance.finite(-npv / pvBenefits);
        explain(empty, "breakEvenBenefitChange", breakEven, "the present value of benefits is 0");
        explain(empty, "npv", npv, "the discount rate makes it overflow");

        List<PeriodRow> rows = periodRows(base, discountedNet, basis.rate);
        List<ScenarioFigures> scenarioFigures = new ArrayList<>();
        for (Scenario scenario : scenariosFor(fundingCase.id(), scenarios)) {
            if (scenarioFigures.isEmpty()) {
                scenarioFigures.add(new ScenarioFigures(scenario.name(), 1, 1, 0, npv, irr, payback,
                        cumulative(base)));
            } else {
                scenarioFigures.add(scenario(basis, usable, scenario, empty, problems, place));
            }
        }
        if (!empty.isEmpty()) {
            problems.add(Problem.info(place, fundingCase.id() + ": some figures are empty: " + String.join("; ", empty)));
        }
        return new CaseFigures(fundingCase, dated, flows, npv, irr, mirr, roi, bcr, payback, discountedPayback,
                totalCosts, totalBenefits, ask, breakEven, rows, scenarioFigures,
                sensitivity(base, usable, npv, basis.rate), costSharing(fundingCase, ask), initiatives, risks);
    }

    private static CaseFigures withoutFigures(FundingCase fundingCase, List<CashFlow> flows, List<String> initiatives,
            List<RiskFigures> risks) {
        Double ask = fundingCase.ask();
        return new CaseFigures(fundingCase, false, flows, null, null, null, null, null, null, null, null, null, ask,
                null, List.of(), List.of(), List.of(), costSharing(fundingCase, ask), initiatives, risks);
    }

    /**
     * Base first, then the scenario rows for this case or for every case ({@code *}) in table order. A row
     * for this case beats a {@code *} row of the same name (names compared ignoring case); {@code Base}
     * cannot be redefined.
     */
    static List<Scenario> scenariosFor(String caseId, List<Scenario> rows) {
        Set<String> ownNames = new HashSet<>();
        for (Scenario row : rows) {
            if (caseId.equals(row.caseId())) {
                ownNames.add(key(row.name()));
            }
        }
        Set<String> taken = new HashSet<>();
        taken.add(key("Base"));
        List<Scenario> result = new ArrayList<>();
        result.add(Scenario.base(caseId));
        for (Scenario row : rows) {
            boolean own = caseId.equals(row.caseId());
            boolean everyCase = "*".equals(row.caseId()) && !ownNames.contains(key(row.name()));
            if ((own || everyCase) && taken.add(key(row.name()))) {
                result.add(row);
            }
        }
        return result;
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private ScenarioFigures scenario(Basis basis, List<CashFlow> flows, Scenario scenario, List<String> empty,
            List<Problem> problems, Place place) {
        Slots slots = new Slots(basis.timeline(scenario), flows, scenario.costFactor(), scenario.benefitFactor(), false);
        String prefix = "scenario " + scenario.name() + " ";
        Double npv = Finance.npv(basis.rate, slots.net, slots.timeline.exponents());
        explain(empty, prefix + "npv", npv, "the discount rate makes it overflow");
        Double irr = irr(basis, slots, prefix, empty, problems, place, basis.caseId);
        Double payback = Finance.payback(slots.net, slots.timeline.years());
        explain(empty, prefix + "paybackYears", payback, "the cumulative net cash flow never gets back to 0");
        return new ScenarioFigures(scenario.name(), scenario.costFactor(), scenario.benefitFactor(),
                scenario.benefitDelay(), npv, irr, payback, cumulative(slots));
    }

    private static Double irr(Basis basis, Slots slots, String prefix, List<String> empty, List<Problem> problems,
            Place place, String caseId) {
        Root root = Finance.irr(slots.net, slots.timeline.exponents(), basis.rate);
        if (root.rate() == null) {
            empty.add(prefix + "irr (" + root.whyNone() + ")");
            return null;
        }
        Double irr = basis.dated ? root.rate() : Finance.finite(Finance.annualRate(root.rate(), basis.periodsPerYear));
        if (root.count() > 1) {
            problems.add(Problem.warning(place, caseId + ": " + root.count() + " different rates make the "
                    + prefix + "npv 0; irr shows the one closest to the discount rate (" + percent(irr) + ")"));
        }
        explain(empty, prefix + "irr", irr, "the annual rate is too large to show");
        return irr;
    }

    private static String percent(Double rate) {
        return rate == null ? "too large" : String.format(Locale.ROOT, "%.2f %%", rate * 100);
    }

    private static void explain(List<String> empty, String figure, Double value, String reason) {
        if (value == null) {
            empty.add(figure + " (" + reason + ")");
        }
    }

    private List<SensitivityLine> sensitivity(Slots base, List<CashFlow> flows, Double npv, double rate) {
        if (npv == null) {
            return List.of();
        }
        // npv is linear in each line's amounts, so scaling a line by (1 ± s) moves npv by ± s × its present value.
        Map<FlowType, Map<String, Double>> presentValues = new LinkedHashMap<>();
        double[] factors = base.discountFactors(rate);
        for (CashFlow flow : flows) {
            double sign = flow.type() == FlowType.BENEFIT ? 1 : -1;
            presentValues.computeIfAbsent(flow.type(), t -> new LinkedHashMap<>())
                    .merge(flow.category(), sign * flow.amount() * factors[base.timeline.slotOf(flow)], Double::sum);
        }
        List<SensitivityLine> lines = new ArrayList<>();
        presentValues.forEach((type, byCategory) -> byCategory.forEach((category, pv) -> lines.add(
                new SensitivityLine(type, category, npv - sensitivity * pv, npv + sensitivity * pv))));
        lines.sort(TORNADO_ORDER);
        return List.copyOf(lines);
    }

    private static List<ShareAmount> costSharing(FundingCase fundingCase, Double ask) {
        if (fundingCase.costSharing() == null) {
            return List.of();
        }
        return fundingCase.costSharing().stream()
                .map(s -> new ShareAmount(s.department(), s.share(), ask == null ? null : s.share() * ask))
                .toList();
    }

    private static List<PeriodRow> periodRows(Slots slots, double[] discountedNet, double rate) {
        double[] factors = slots.discountFactors(rate);
        List<PeriodRow> rows = new ArrayList<>(slots.size());
        double cumulative = 0;
        double discountedCumulative = 0;
        for (int t = 0; t < slots.size(); t++) {
            cumulative += slots.net[t];
            discountedCumulative += discountedNet[t];
            Timeline timeline = slots.timeline;
            rows.add(new PeriodRow(timeline.period(t), timeline.date(t), timeline.label(t),
                    Collections.unmodifiableMap(slots.costsByCategory.get(t)),
                    Collections.unmodifiableMap(slots.benefitsByCategory.get(t)), slots.costs[t], slots.benefits[t],
                    slots.net[t], factors[t], discountedNet[t], cumulative, discountedCumulative));
        }
        return rows;
    }

    private static List<Point> cumulative(Slots slots) {
        List<Point> points = new ArrayList<>(slots.size());
        double cumulative = 0;
        for (int t = 0; t < slots.size(); t++) {
            cumulative += slots.net[t];
            points.add(new Point(slots.timeline.date(t), cumulative));
        }
        return points;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** What every scenario of a case shares: its kind, rate per slot and where its time axis starts. */
    private static final class Basis {
        final String caseId;
        final boolean dated;
        final int periodsPerYear;
        final double rate;
        final Periodicity periodicity;
        final LocalDate start;
        final LocalDate d0;
        final List<CashFlow> flows;

        Basis(FundingCase fundingCase, boolean dated, List<CashFlow> flows, LocalDate defaultStart) {
            this.caseId = fundingCase.id();
            this.flows = flows;
            this.dated = dated;
            this.periodicity = fundingCase.periodicity() == null ? Periodicity.YEAR : fundingCase.periodicity();
            this.periodsPerYear = dated ? 1 : periodicity.perYear();
            this.rate = dated ? fundingCase.discountRate()
                    : Finance.perPeriodRate(fundingCase.discountRate(), periodsPerYear);
            this.start = fundingCase.start() == null ? defaultStart : fundingCase.start();
            // Scenarios keep the base case's d₀, so a delayed benefit is discounted more, not re-anchored.
            this.d0 = dated ? Timeline.earliestDate(flows) : null;
        }

        Timeline timeline(Scenario scenario) {
            return dated ? Timeline.dated(d0, flows, scenario.benefitDelay())
                    : Timeline.periodic(periodicity, start, flows, scenario.benefitDelay());
        }
    }

    /** One scenario's flows summed per slot of its timeline. */
    private static final class Slots {
        final Timeline timeline;
        final double[] costs;
        final double[] benefits;
        final double[] net;
        final List<Map<String, Double>> costsByCategory;
        final List<Map<String, Double>> benefitsByCategory;

        /** @param byCategory whether to keep the amounts per category too (the base case's table needs them) */
        Slots(Timeline timeline, List<CashFlow> flows, double costFactor, double benefitFactor, boolean byCategory) {
            this.timeline = timeline;
            int n = timeline.size();
            costs = new double[n];
            benefits = new double[n];
            net = new double[n];
            costsByCategory = new ArrayList<>(n);
            benefitsByCategory = new ArrayList<>(n);
            for (int t = 0; byCategory && t < n; t++) {
                costsByCategory.add(new LinkedHashMap<>());
                benefitsByCategory.add(new LinkedHashMap<>());
            }
            for (CashFlow flow : flows) {
                int t = timeline.slotOf(flow);
                if (flow.type() == FlowType.BENEFIT) {
                    double amount = flow.amount() * benefitFactor;
                    benefits[t] += amount;
                    if (byCategory) {
                        benefitsByCategory.get(t).merge(flow.category(), amount, Double::sum);
                    }
                } else {
                    double amount = flow.amount() * costFactor;
                    costs[t] += amount;
                    if (byCategory) {
                        costsByCategory.get(t).merge(flow.category(), amount, Double::sum);
                    }
                }
            }
            for (int t = 0; t < n; t++) {
                net[t] = benefits[t] - costs[t];
            }
        }

        int size() {
            return net.length;
        }

        double[] discountFactors(double rate) {
            double[] exponents = timeline.exponents();
            double[] factors = new double[exponents.length];
            for (int t = 0; t < factors.length; t++) {
                factors[t] = Finance.discountFactor(rate, exponents[t]);
            }
            return factors;
        }

        double[] discounted(double rate) {
            double[] factors = discountFactors(rate);
            double[] result = new double[net.length];
            for (int t = 0; t < result.length; t++) {
                result[t] = net[t] * factors[t];
            }
            return result;
        }
    }
}
