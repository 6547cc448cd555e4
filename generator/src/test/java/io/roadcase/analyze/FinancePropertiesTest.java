package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import io.roadcase.model.CaseFigures.SensitivityLine;
import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import io.roadcase.model.Periodicity;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for any cash flows, checked on seeded random ones. */
class FinancePropertiesTest {

    private static final String[] CATEGORIES = {"Build", "Run", "Revenue", "Savings", "licences"};

    /** A random case: mixed signs, gaps, several lines per period, any periodicity and rate. */
    static Stream<CaseBuilder> randomCases() {
        Random random = new Random(7_2026L);
        return IntStream.range(0, 80).mapToObj(i -> {
            Periodicity periodicity = Periodicity.values()[random.nextInt(3)];
            CaseBuilder builder = new CaseBuilder("random-" + i).periodicity(periodicity)
                    .rate(i % 10 == 0 ? 0 : random.nextDouble() * 0.3).sensitivity(0.05 + random.nextDouble() * 0.5);
            builder.cost(0, "Build", 1000 + random.nextDouble() * 50000);
            int periods = 1 + random.nextInt(20);
            for (int t = 0; t <= periods; t++) {
                int lines = random.nextInt(4);
                for (int l = 0; l < lines; l++) {
                    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                    double amount = random.nextDouble() * 20000;
                    if (random.nextBoolean()) {
                        builder.benefit(t, category, amount);
                    } else {
                        builder.cost(t, category, amount);
                    }
                }
            }
            return builder;
        });
    }

    /** Investment first, returns after: npv falls as the rate rises. */
    static Stream<double[]> investmentThenReturns() {
        Random random = new Random(99L);
        return IntStream.range(0, 50).mapToObj(i -> {
            double[] flows = new double[2 + random.nextInt(30)];
            flows[0] = -(1 + random.nextDouble() * 1e6);
            for (int t = 1; t < flows.length; t++) {
                flows[t] = random.nextDouble() * 1e5;
            }
            return flows;
        });
    }

    @ParameterizedTest
    @MethodSource("randomCases")
    void npvAtTheIrrIsZero(CaseBuilder builder) {
        CaseFigures figures = builder.analyze();
        if (figures.irr() == null) {
            assertThat(builder.problems).anySatisfy(p -> assertThat(p.message()).contains("irr ("));
            return;
        }
        double[] net = figures.periods().stream().mapToDouble(PeriodRow::net).toArray();
        double scale = figures.periods().stream().mapToDouble(r -> Math.abs(r.net())).sum();
        int k = builder.fundingCase().periodicity().perYear();
        double perPeriod = Finance.perPeriodRate(figures.irr(), k);
        assertThat(Finance.npv(perPeriod, net, times(net.length))).isCloseTo(0, within(1e-9 * scale));
    }

    @ParameterizedTest
    @MethodSource("investmentThenReturns")
    void npvFallsAsTheRateRises(double[] flows) {
        double previous = Double.POSITIVE_INFINITY;
        for (double rate = -0.5; rate <= 2; rate += 0.05) {
            double npv = Finance.npv(rate, flows, times(flows.length));
            assertThat(npv).as("npv at %.2f", rate).isLessThan(previous);
            previous = npv;
        }
    }

    @ParameterizedTest
    @MethodSource("randomCases")
    void scenarioWithFactorsOneAndNoDelayEqualsBase(CaseBuilder builder) {
        CaseFigures figures = builder.scenario("*", "Same", 1, 1, 0).analyze();
        ScenarioFigures base = figures.scenarios().get(0);
        ScenarioFigures same = figures.scenarios().get(1);
        assertThat(base.name()).isEqualTo("Base");
        assertThat(same.npv()).isEqualTo(base.npv()).isEqualTo(figures.npv());
        assertThat(same.irr()).isEqualTo(base.irr()).isEqualTo(figures.irr());
        assertThat(same.paybackYears()).isEqualTo(base.paybackYears()).isEqualTo(figures.paybackYears());
        assertThat(same.cumulative()).isEqualTo(base.cumulative());
    }

    @ParameterizedTest
    @MethodSource("randomCases")
    void sensitivityBracketsNpvAndEqualsRecomputingTheScaledLine(CaseBuilder builder) {
        CaseFigures figures = builder.analyze();
        double s = builder.sensitivity();
        for (SensitivityLine line : figures.sensitivity()) {
            assertThat(figures.npv()).isBetween(Math.min(line.npvLow(), line.npvHigh()) - 1e-6,
                    Math.max(line.npvLow(), line.npvHigh()) + 1e-6);
            double scale = Math.abs(figures.npv()) + figures.totalCosts() + figures.totalBenefits();
            assertThat(line.npvLow()).isCloseTo(npvWithLineScaled(builder, line, 1 - s), within(1e-9 * scale));
            assertThat(line.npvHigh()).isCloseTo(npvWithLineScaled(builder, line, 1 + s), within(1e-9 * scale));
        }
        for (int i = 1; i < figures.sensitivity().size(); i++) {
            assertThat(figures.sensitivity().get(i).swing()).isLessThanOrEqualTo(figures.sensitivity().get(i - 1).swing());
        }
    }

    @ParameterizedTest
    @MethodSource("randomCases")
    void paybackIsWhereTheInterpolatedCumulativeFlowFirstReachesZero(CaseBuilder builder) {
        CaseFigures figures = builder.analyze();
        List<PeriodRow> rows = figures.periods();
        int k = builder.fundingCase().periodicity().perYear();
        int firstNegative = IntStream.range(0, rows.size()).filter(t -> rows.get(t).cumulative() < 0).findFirst()
                .orElse(-1);
        if (firstNegative < 0) {
            assertThat(figures.paybackYears()).isEqualTo(0.0);
            return;
        }
        Double payback = figures.paybackYears();
        if (payback == null) {
            assertThat(rows.subList(firstNegative, rows.size())).allSatisfy(r -> assertThat(r.cumulative()).isNegative());
            return;
        }
        double periods = payback * k;
        int t = (int) Math.ceil(periods - 1e-9);
        assertThat(rows.get(t).cumulative()).isGreaterThanOrEqualTo(0);
        assertThat(rows.get(t - 1).cumulative()).isNegative();
        assertThat(rows.subList(firstNegative, t)).allSatisfy(r -> assertThat(r.cumulative()).isNegative());
        double interpolated = rows.get(t - 1).cumulative() + (periods - (t - 1)) * rows.get(t).net();
        assertThat(interpolated).isCloseTo(0, within(1e-6 * Math.abs(rows.get(t).net())));
    }

    private static double npvWithLineScaled(CaseBuilder original, SensitivityLine line, double factor) {
        CaseBuilder copy = new CaseBuilder("copy").rate(original.fundingCase().discountRate())
                .periodicity(original.fundingCase().periodicity());
        for (CashFlow flow : original.flows()) {
            boolean scaled = flow.type() == line.type() && flow.category().equals(line.category());
            double amount = scaled ? flow.amount() * factor : flow.amount();
            if (flow.type() == FlowType.COST) {
                copy.cost(flow.period(), flow.category(), amount);
            } else {
                copy.benefit(flow.period(), flow.category(), amount);
            }
        }
        return copy.analyze().npv();
    }

    private static double[] times(int n) {
        double[] times = new double[n];
        for (int t = 0; t < n; t++) {
            times[t] = t;
        }
        return times;
    }
}
