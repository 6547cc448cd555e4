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

    /** Sensitivity order: largest swing first, then costs before benefits, then category A–Z ignoring case. */
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
            problems.add(Problem.error(place, fundingCase.id() + ": the discount rate must be above -100 %, found "
                    + fundingCase.discountRate() + ": its figures are empty"));
            return withoutFigures(fundingCase, flows, initiatives, risks);
        }
        Problem outOfRange = DateRange.check(fundingCase, dated, usable, scenariosFor(fundingCase.id(), scenarios),
                fundingCase.start() == null ? defaultStart : fundingCase.start());
        if (outOfRange != null) {
            problems.add(outOfRange);
            return withoutFigures(fundingCase, flows, initiatives, risks);
        }
        Calculation calculation = new Calculation(fundingCase, dated, usable, place, problems);
        CaseFigures figures = calculation.figures(flows, scenariosFor(fundingCase.id(), scenarios), initiatives,
                risks);
        if (!calculation.empty.isEmpty()) {
            problems.add(Problem.info(place,
                    fundingCase.id() + ": some figures are empty: " + String.join("; ", calculation.empty)));
        }
        return figures;
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

    private static List<ShareAmount> costSharing(FundingCase fundingCase, Double ask) {
        if (fundingCase.costSharing() == null) {
            return List.of();
        }
        return fundingCase.costSharing().stream()
                .map(s -> new ShareAmount(s.department(), s.share(), ask == null ? null : s.share() * ask))
                .toList();
    }

    /**
     * The analysis of one case with cash flows: what all its scenarios share (kind, rate per slot, start,
     * d₀) and the reasons for the figures it leaves empty.
     */
    private final class Calculation {
        private final FundingCase fundingCase;
        private final boolean dated;
        private final List<CashFlow> flows;
        private final Periodicity periodicity;
        private final int periodsPerYear;
        /** rₚ for a periodic case, r for a dated one. */
        private final double rate;
        private final LocalDate start;
        private final LocalDate d0;
        private final Place place;
        private final List<Problem> problems;
        /** "figure (reason)" for each empty figure, reported as one problem per case. */
        final List<String> empty = new ArrayList<>();

        Calculation(FundingCase fundingCase, boolean dated, List<CashFlow> flows, Place place, List<Problem> problems) {
            this.fundingCase = fundingCase;
            this.dated = dated;
            this.flows = flows;
            this.periodicity = fundingCase.periodicity() == null ? Periodicity.YEAR : fundingCase.periodicity();
            this.periodsPerYear = dated ? 1 : periodicity.perYear();
            this.rate = dated ? fundingCase.discountRate()
                    : Finance.perPeriodRate(fundingCase.discountRate(), periodsPerYear);
            this.start = fundingCase.start() == null ? defaultStart : fundingCase.start();
            // Scenarios keep the base case's d₀, so a delayed benefit is discounted more, not re-anchored.
            this.d0 = dated ? Timeline.earliestDate(flows) : null;
            this.place = place;
            this.problems = problems;
        }

        CaseFigures figures(List<CashFlow> allFlows, List<Scenario> scenarios, List<String> initiatives,
                List<RiskFigures> risks) {
            FlowTotals base = totals(Scenario.base(fundingCase.id()), true);
            Double npv = explain("npv", base.presentValue(rate, base.net), "the discount rate makes it overflow");
            Double pvBenefits = base.presentValue(rate, base.benefits);
            Double pvCosts = base.presentValue(rate, base.costs);
            Double irr = irr(base, "");
            Double mirr = dated ? null : explain("mirr", mirr(base),
                    "the net cash flows need both a negative and a positive period");
            double totalCosts = sum(base.costs);
            double totalBenefits = sum(base.benefits);
            Double roi = explain("roi", totalCosts == 0 ? null : (totalBenefits - totalCosts) / totalCosts,
                    "total costs are 0");
            Double bcr = explain("bcr", ratio(pvBenefits, pvCosts), "the present value of costs is 0");
            Double breakEven = explain("breakEvenBenefitChange", ratio(npv == null ? null : -npv, pvBenefits),
                    "the present value of benefits is 0");
            Double payback = explain("paybackYears", Finance.payback(base.net, base.timeline.years()),
                    "the cumulative net cash flow never gets back to 0");
            double[] discountedNet = discounted(base);
            Double discountedPayback = explain("discountedPaybackYears",
                    Finance.payback(discountedNet, base.timeline.years()),
                    "the cumulative discounted cash flow never gets back to 0");
            Double ask = fundingCase.ask() != null ? fundingCase.ask() : totalCosts;

            List<ScenarioFigures> scenarioFigures = new ArrayList<>();
            scenarioFigures.add(new ScenarioFigures(scenarios.get(0).name(), 1, 1, 0, npv, irr, payback,
                    cumulative(base)));
            for (Scenario scenario : scenarios.subList(1, scenarios.size())) {
                scenarioFigures.add(scenario(scenario));
            }
            return new CaseFigures(fundingCase, dated, allFlows, npv, irr, mirr, roi, bcr, payback,
                    discountedPayback, totalCosts, totalBenefits, ask, breakEven, periodRows(base, discountedNet),
                    scenarioFigures, sensitivity(base, npv), costSharing(fundingCase, ask), initiatives, risks);
        }

        private FlowTotals totals(Scenario scenario, boolean byCategory) {
            Timeline timeline = dated ? Timeline.dated(d0, flows, scenario.benefitDelay())
                    : Timeline.periodic(periodicity, start, flows, scenario.benefitDelay());
            return new FlowTotals(timeline, flows, scenario.costFactor(), scenario.benefitFactor(), byCategory);
        }

        private ScenarioFigures scenario(Scenario scenario) {
            FlowTotals totals = totals(scenario, false);
            String prefix = "scenario " + scenario.name() + " ";
            Double npv = explain(prefix + "npv", totals.presentValue(rate, totals.net),
                    "the discount rate makes it overflow");
            Double irr = irr(totals, prefix);
            Double payback = explain(prefix + "paybackYears", Finance.payback(totals.net, totals.timeline.years()),
                    "the cumulative net cash flow never gets back to 0");
            return new ScenarioFigures(scenario.name(), scenario.costFactor(), scenario.benefitFactor(),
                    scenario.benefitDelay(), npv, irr, payback, cumulative(totals));
        }

        /** The annual irr; several roots add a warning, none adds the reason to the empty figures. */
        private Double irr(FlowTotals totals, String prefix) {
            Root root = Finance.irr(totals.net, totals.timeline.exponents(), rate);
            if (root.rate() == null) {
                empty.add(prefix + "irr (" + root.whyNone() + ")");
                return null;
            }
            Double irr = explain(prefix + "irr",
                    dated ? root.rate() : Finance.annualRate(root.rate(), periodsPerYear),
                    "the annual rate is too large to show");
            if (root.count() > 1) {
                problems.add(Problem.warning(place, fundingCase.id() + ": " + root.count()
                        + " different rates make the " + prefix + "npv 0; irr shows the one closest to the discount rate ("
                        + (irr == null ? "too large" : String.format(Locale.ROOT, "%.2f %%", irr * 100)) + ")"));
            }
            return irr;
        }

        /** MIRR(CF0:CFn, rₚ, rₚ), annualised. */
        private Double mirr(FlowTotals base) {
            Double perPeriod = Finance.mirr(base.net, rate, rate);
            return perPeriod == null ? null : Finance.annualRate(perPeriod, periodsPerYear);
        }

        private List<SensitivityLine> sensitivity(FlowTotals base, Double npv) {
            if (npv == null) {
                return List.of();
            }
            // npv is linear in each line's amounts: scaling a line by (1 ± s) moves npv by ± s × its present value.
            Map<FlowType, Map<String, Double>> presentValues = new LinkedHashMap<>();
            double[] factors = base.discountFactors(rate);
            for (CashFlow flow : flows) {
                // As in the totals, anything not a benefit counts as a cost.
                FlowType type = flow.type() == FlowType.BENEFIT ? FlowType.BENEFIT : FlowType.COST;
                String category = flow.category() == null ? type.word() : flow.category();
                double sign = type == FlowType.BENEFIT ? 1 : -1;
                presentValues.computeIfAbsent(type, t -> new LinkedHashMap<>()).merge(category,
                        sign * flow.amount() * factors[base.timeline.slotOf(flow)], Double::sum);
            }
            List<SensitivityLine> lines = new ArrayList<>();
            presentValues.forEach((type, byCategory) -> byCategory.forEach((category, pv) -> lines.add(
                    new SensitivityLine(type, category, npv - sensitivity * pv, npv + sensitivity * pv))));
            lines.sort(TORNADO_ORDER);
            return List.copyOf(lines);
        }

        private double[] discounted(FlowTotals totals) {
            double[] factors = totals.discountFactors(rate);
            double[] result = new double[totals.size()];
            for (int t = 0; t < result.length; t++) {
                result[t] = totals.net[t] * factors[t];
            }
            return result;
        }

        private List<PeriodRow> periodRows(FlowTotals base, double[] discountedNet) {
            double[] factors = base.discountFactors(rate);
            double[] cumulative = base.cumulative();
            Timeline timeline = base.timeline;
            List<PeriodRow> rows = new ArrayList<>(base.size());
            double discountedCumulative = 0;
            for (int t = 0; t < base.size(); t++) {
                discountedCumulative += discountedNet[t];
                rows.add(new PeriodRow(timeline.period(t), timeline.date(t), timeline.label(t),
                        Collections.unmodifiableMap(base.costsByCategory.get(t)),
                        Collections.unmodifiableMap(base.benefitsByCategory.get(t)), base.costs[t], base.benefits[t],
                        base.net[t], factors[t], discountedNet[t], cumulative[t], discountedCumulative));
            }
            return rows;
        }

        private List<Point> cumulative(FlowTotals totals) {
            double[] cumulative = totals.cumulative();
            List<Point> points = new ArrayList<>(cumulative.length);
            for (int t = 0; t < cumulative.length; t++) {
                points.add(new Point(totals.timeline.date(t), cumulative[t]));
            }
            return points;
        }

        /** The value when finite, else null with the reason noted. */
        private Double explain(String figure, Double value, String reason) {
            Double finite = value == null ? null : Finance.finite(value);
            if (finite == null) {
                empty.add(figure + " (" + reason + ")");
            }
            return finite;
        }
    }

    /** a ÷ b, null when either is missing or b is 0. */
    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
