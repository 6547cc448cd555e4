package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.Point;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import io.roadcase.model.Direction;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.Periodicity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finance and trend figure against LibreOffice Calc's own functions (NPV, XNPV, IRR, XIRR, MIRR,
 * SLOPE, FORECAST, EDATE) over seeded random cash flows and Microsoft's published examples. One workbook
 * holds every formula; LibreOffice recalculates it once for the class.
 */
class SpreadsheetOracleTest {

    private static final double RELATIVE = 1e-9;
    private static final int FIRST_VALUE_COLUMN = 10;
    private static final String[] PERIODIC_LINES = {"Build", "Run", "Revenue", "Savings"};

    static final List<PeriodicCase> PERIODIC = periodicCases(new Random(20261126L), 60);
    static final List<DatedCase> DATED = datedCases(new Random(1926L), 40);
    static final List<Series> SERIES = series(new Random(424242L), 40);
    static final List<Delay> DELAYS = delays(new Random(31L), 40);

    private static Calc calc;

    /** A periodic case: amounts per line (Build and Run are costs, Revenue and Savings benefits) per period. */
    record PeriodicCase(String name, double rate, Periodicity periodicity, double[][] lines) {
        int periods() {
            return lines[0].length;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A dated case: a cost at the first date, benefits after it (so one rate makes npv 0). */
    record DatedCase(String name, double rate, LocalDate[] dates, double[] amounts) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** KPI observations and a target date. */
    record Series(String name, LocalDate[] dates, double[] values, LocalDate targetDate) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A benefit date moved by some months. */
    record Delay(LocalDate date, int months) {
    }

    @BeforeAll
    static void recalculateInLibreOffice(@TempDir Path dir) throws Exception {
        calc = new Calc();
        writePeriodic(calc.sheet("periodic"));
        writeDated(calc.sheet("dated"));
        writeSeries(calc.sheet("trend"));
        writeDelays(calc.sheet("edate"));
        writeExamples(calc.sheet("examples"));
        calc.recalculate(dir);
    }

    // ---- periodic cases: NPV, IRR, MIRR, bcr and totals --------------------------------------------------

    static Stream<Integer> periodicIndexes() {
        return IntStream.range(0, PERIODIC.size()).boxed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periodicIndexes")
    void periodicCaseMatchesSpreadsheet(int index) {
        PeriodicCase c = PERIODIC.get(index);
        CaseFigures figures = periodicBuilder(c).analyze();
        int results = index * 8 + 7;
        assertClose(figures.npv(), calc.value("periodic", results, 3), 1, c + " npv = CF0 + NPV(rp, CF1:CFn)");
        assertCloseOrBothEmpty(figures.irr(), calc.value("periodic", results, 4), c + " irr = (1 + IRR)^k - 1");
        assertCloseOrBothEmpty(figures.mirr(), calc.value("periodic", results, 5), c + " mirr = (1 + MIRR)^k - 1");
        assertCloseOrBothEmpty(figures.bcr(), calc.value("periodic", results, 6), c + " bcr");
        assertClose(figures.totalCosts(), calc.value("periodic", results, 7), 1, c + " total costs");
        assertClose(figures.totalBenefits(), calc.value("periodic", results, 8), 1, c + " total benefits");
    }

    static CaseBuilder periodicBuilder(PeriodicCase c) {
        CaseBuilder builder = new CaseBuilder(c.name()).rate(c.rate()).periodicity(c.periodicity());
        for (int t = 0; t < c.periods(); t++) {
            for (int line = 0; line < PERIODIC_LINES.length; line++) {
                double amount = c.lines()[line][t];
                if (amount != 0) {
                    if (line < 2) {
                        builder.cost(t, PERIODIC_LINES[line], amount);
                    } else {
                        builder.benefit(t, PERIODIC_LINES[line], amount);
                    }
                }
            }
        }
        return builder;
    }

    private static void writePeriodic(Sheet sheet) {
        for (int i = 0; i < PERIODIC.size(); i++) {
            PeriodicCase c = PERIODIC.get(i);
            int top = i * 8;
            int n = c.periods();
            for (int line = 0; line < 4; line++) {
                for (int t = 0; t < n; t++) {
                    Calc.number(sheet, top + line, FIRST_VALUE_COLUMN + t, c.lines()[line][t]);
                }
            }
            for (int t = 0; t < n; t++) {
                String col = CellReference.convertNumToColString(FIRST_VALUE_COLUMN + t);
                Calc.formula(sheet, top + 4, FIRST_VALUE_COLUMN + t, col + (top + 1) + "+" + col + (top + 2));
                Calc.formula(sheet, top + 5, FIRST_VALUE_COLUMN + t, col + (top + 3) + "+" + col + (top + 4));
                Calc.formula(sheet, top + 6, FIRST_VALUE_COLUMN + t, col + (top + 6) + "-" + col + (top + 5));
            }
            int r = top + 7;
            int excelRow = r + 1;
            Calc.number(sheet, r, 0, c.rate());
            Calc.number(sheet, r, 1, c.periodicity().perYear());
            Calc.formula(sheet, r, 2, "(1+A" + excelRow + ")^(1/B" + excelRow + ")-1");
            String rp = "C" + excelRow;
            Calc.formula(sheet, r, 3, first(top + 7) + "+" + npv(rp, top + 7, n));
            Calc.formula(sheet, r, 4, "(1+IRR(" + range(top + 7, 0, n) + "," + guess(c) + "))^B" + excelRow + "-1");
            Calc.formula(sheet, r, 5, "(1+MIRR(" + range(top + 7, 0, n) + "," + rp + "," + rp + "))^B" + excelRow + "-1");
            Calc.formula(sheet, r, 6, "(" + first(top + 6) + "+" + npv(rp, top + 6, n) + ")/(" + first(top + 5) + "+"
                    + npv(rp, top + 5, n) + ")");
            Calc.formula(sheet, r, 7, "SUM(" + range(top + 5, 0, n) + ")");
            Calc.formula(sheet, r, 8, "SUM(" + range(top + 6, 0, n) + ")");
        }
    }

    /**
     * Calc's IRR runs Newton's method from a guess (default 10 %) for 20 steps and fails, or leaves the
     * domain, when the root is far from it. These flows change sign once, so they have one root: a guess
     * near ours, rounded to 10 %, only helps Newton get there.
     */
    private static double guess(PeriodicCase c) {
        Double annual = periodicBuilder(c).analyze().irr();
        if (annual == null) {
            return 0.1;
        }
        return Math.round(Finance.perPeriodRate(annual, c.periodicity().perYear()) * 10) / 10.0;
    }

    /** NPV over periods 1..n−1 of a 1-based sheet row; 0 when there is only period 0. */
    private static String npv(String rate, int excelRow, int n) {
        return n < 2 ? "0" : "NPV(" + rate + "," + range(excelRow, 1, n) + ")";
    }

    private static String first(int excelRow) {
        return CellReference.convertNumToColString(FIRST_VALUE_COLUMN) + excelRow;
    }

    private static String range(int excelRow, int from, int to) {
        return CellReference.convertNumToColString(FIRST_VALUE_COLUMN + from) + excelRow + ":"
                + CellReference.convertNumToColString(FIRST_VALUE_COLUMN + to - 1) + excelRow;
    }

    static List<PeriodicCase> periodicCases(Random random, int count) {
        List<PeriodicCase> cases = new ArrayList<>();
        cases.add(single("Microsoft NPV example 2", 0.08, new double[] {-40000, 8000, 9200, 10000, 12000, 14500}));
        cases.add(single("Microsoft NPV example 1", 0.10, new double[] {0, -10000, 3000, 4200, 6800}));
        cases.add(single("Microsoft IRR example", 0.10, new double[] {-70000, 12000, 15000, 18000, 21000, 26000}));
        cases.add(single("Microsoft MIRR example", 0.10, new double[] {-120000, 39000, 30000, 21000, 37000, 46000}));
        Periodicity[] kinds = Periodicity.values();
        for (int i = 0; i < count; i++) {
            int n = 2 + random.nextInt(15);
            double invest = 1000 + random.nextDouble() * 99000;
            double[][] lines = new double[4][n];
            lines[0][0] = invest;
            boolean secondBuild = random.nextDouble() < 0.3;
            for (int t = 1; t < n; t++) {
                lines[1][t] = random.nextDouble() < 0.7 ? invest * 0.05 * random.nextDouble() : 0;
                if (t == 1 && secondBuild) {
                    lines[0][1] = invest * 0.3 * random.nextDouble();
                } else if (t == n - 1 || random.nextDouble() < 0.85) {
                    // Benefits cover the running cost, so the net flows change sign once: one irr.
                    lines[2][t] = lines[1][t] + invest * (0.05 + 0.6 * random.nextDouble());
                    lines[3][t] = random.nextDouble() < 0.5 ? invest * 0.2 * random.nextDouble() : 0;
                } else {
                    lines[1][t] = 0;
                }
            }
            double rate = i % 7 == 0 ? 0 : random.nextDouble() * 0.25;
            cases.add(new PeriodicCase("random periodic " + i, rate, kinds[random.nextInt(kinds.length)], lines));
        }
        return cases;
    }

    private static PeriodicCase single(String name, double rate, double[] net) {
        double[][] lines = new double[4][net.length];
        for (int t = 0; t < net.length; t++) {
            lines[net[t] < 0 ? 0 : 2][t] = Math.abs(net[t]);
        }
        return new PeriodicCase(name, rate, Periodicity.YEAR, lines);
    }

    // ---- dated cases: XNPV, XIRR ------------------------------------------------------------------------

    static Stream<Integer> datedIndexes() {
        return IntStream.range(0, DATED.size()).boxed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datedIndexes")
    void datedCaseMatchesSpreadsheet(int index) {
        DatedCase c = DATED.get(index);
        CaseFigures figures = datedBuilder(c).analyze();
        int results = index * 5 + 4;
        assertThat(figures.dated()).isTrue();
        assertClose(figures.npv(), calc.value("dated", results, 3), 1, c + " npv = XNPV");
        assertClose(figures.irr(), calc.value("dated", results, 4), 1e-3, c + " irr = XIRR");
        assertClose(figures.bcr(), calc.value("dated", results, 5), 1e-3, c + " bcr");
        assertThat(figures.mirr()).as("mirr of a dated case").isNull();
    }

    static CaseBuilder datedBuilder(DatedCase c) {
        CaseBuilder builder = new CaseBuilder(c.name()).rate(c.rate());
        for (int i = 0; i < c.amounts().length; i++) {
            if (c.amounts()[i] < 0) {
                builder.cost(c.dates()[i], "Build", -c.amounts()[i]);
            } else {
                builder.benefit(c.dates()[i], i % 2 == 0 ? "Revenue" : "Savings", c.amounts()[i]);
            }
        }
        return builder;
    }

    private static void writeDated(Sheet sheet) {
        for (int i = 0; i < DATED.size(); i++) {
            DatedCase c = DATED.get(i);
            int top = i * 5;
            int n = c.amounts().length;
            for (int j = 0; j < n; j++) {
                double amount = c.amounts()[j];
                Calc.number(sheet, top, FIRST_VALUE_COLUMN + j, amount);
                Calc.number(sheet, top + 1, FIRST_VALUE_COLUMN + j, DateUtil.getExcelDate(c.dates()[j]));
                Calc.number(sheet, top + 2, FIRST_VALUE_COLUMN + j, Math.max(amount, 0));
                Calc.number(sheet, top + 3, FIRST_VALUE_COLUMN + j, Math.max(-amount, 0));
            }
            int r = top + 4;
            Calc.number(sheet, r, 0, c.rate());
            String dates = range(top + 2, 0, n);
            Calc.formula(sheet, r, 3, "XNPV(A" + (r + 1) + "," + range(top + 1, 0, n) + "," + dates + ")");
            Calc.formula(sheet, r, 4, "XIRR(" + range(top + 1, 0, n) + "," + dates + ")");
            Calc.formula(sheet, r, 5, "XNPV(A" + (r + 1) + "," + range(top + 3, 0, n) + "," + dates + ")/XNPV(A"
                    + (r + 1) + "," + range(top + 4, 0, n) + "," + dates + ")");
        }
    }

    static List<DatedCase> datedCases(Random random, int count) {
        List<DatedCase> cases = new ArrayList<>();
        cases.add(new DatedCase("Microsoft XNPV and XIRR example", 0.09,
                new LocalDate[] {LocalDate.of(2008, 1, 1), LocalDate.of(2008, 3, 1), LocalDate.of(2008, 10, 30),
                    LocalDate.of(2009, 2, 15), LocalDate.of(2009, 4, 1)},
                new double[] {-10000, 2750, 4250, 3250, 2750}));
        for (int i = 0; i < count; i++) {
            int n = 2 + random.nextInt(11);
            LocalDate[] dates = new LocalDate[n];
            double[] amounts = new double[n];
            dates[0] = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
            double invest = 1000 + random.nextDouble() * 99000;
            amounts[0] = -invest;
            for (int j = 1; j < n; j++) {
                // Now and then two flows on one date: the case sums them into one slot, XNPV does not need to.
                dates[j] = dates[j - 1].plusDays(random.nextDouble() < 0.1 ? 0 : 1 + random.nextInt(400));
                amounts[j] = invest * (0.05 + 0.6 * random.nextDouble());
            }
            double rate = i % 9 == 0 ? 0 : random.nextDouble() * 0.25;
            cases.add(new DatedCase("random dated " + i, rate, dates, amounts));
        }
        return cases;
    }

    // ---- KPI trend: SLOPE and FORECAST --------------------------------------------------------------------

    static Stream<Integer> seriesIndexes() {
        return IntStream.range(0, SERIES.size()).boxed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seriesIndexes")
    void trendMatchesSlopeAndForecast(int index) {
        Series s = SERIES.get(index);
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < s.dates().length; i++) {
            observations.add(new Observation("k", s.dates()[i], s.values()[i], null, null, Origin.NONE));
        }
        Kpi kpi = new Kpi("k", "K", "", Direction.HIGHER, 100.0, s.targetDate(), null, 0.1, "", "", "", null,
                Map.of(), Origin.NONE);
        KpiFigures figures = KpiAnalysis.analyze(kpi, observations, List.of(), List.of());
        int n = observations.size();
        KpiAnalysis.Line line = KpiAnalysis.Line.fit(observations.subList(n - Math.min(n, 6), n));
        assertClose(line.slope(), calc.value("trend", index * 3 + 2, 0), 1e-9, s + " slope per day = SLOPE");
        assertClose(figures.forecastAtTargetDate(), calc.value("trend", index * 3 + 2, 1), 1e-6, s + " FORECAST");
    }

    private static void writeSeries(Sheet sheet) {
        for (int i = 0; i < SERIES.size(); i++) {
            Series s = SERIES.get(i);
            int n = s.dates().length;
            int from = n - Math.min(n, 6);
            for (int j = from; j < n; j++) {
                Calc.number(sheet, i * 3, FIRST_VALUE_COLUMN + j - from, DateUtil.getExcelDate(s.dates()[j]));
                Calc.number(sheet, i * 3 + 1, FIRST_VALUE_COLUMN + j - from, s.values()[j]);
            }
            String x = range(i * 3 + 1, 0, n - from);
            String y = range(i * 3 + 2, 0, n - from);
            Calc.formula(sheet, i * 3 + 2, 0, "SLOPE(" + y + "," + x + ")");
            Calc.formula(sheet, i * 3 + 2, 1,
                    "FORECAST(" + DateUtil.getExcelDate(s.targetDate()) + "," + y + "," + x + ")");
        }
    }

    static List<Series> series(Random random, int count) {
        List<Series> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 2 + random.nextInt(9);
            LocalDate[] dates = new LocalDate[n];
            double[] values = new double[n];
            dates[0] = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
            double base = random.nextDouble() * 200 - 50;
            double step = random.nextDouble() * 10 - 5;
            for (int j = 0; j < n; j++) {
                if (j > 0) {
                    dates[j] = dates[j - 1].plusDays(7 + random.nextInt(54));
                }
                values[j] = base + step * j + random.nextGaussian() * 3;
            }
            list.add(new Series("series " + i, dates, values, dates[n - 1].plusDays(30 + random.nextInt(370))));
        }
        return list;
    }

    // ---- benefit delay: EDATE --------------------------------------------------------------------------

    @Test
    void benefitDelayMovesDatesLikeEdate() {
        for (int i = 0; i < DELAYS.size(); i++) {
            Delay d = DELAYS.get(i);
            CaseFigures figures = new CaseBuilder("edate")
                    .cost(LocalDate.of(2019, 1, 1), "Build", 100)
                    .benefit(d.date(), "Revenue", 150)
                    .scenario("*", "Late", 1, 1, d.months())
                    .analyze();
            ScenarioFigures late = figures.scenarios().get(1);
            List<LocalDate> dates = late.cumulative().stream().map(Point::date).toList();
            LocalDate expected = DateUtil.getLocalDateTime(calc.value("edate", i, 2)).toLocalDate();
            assertThat(dates).as("%s + %d months", d.date(), d.months()).contains(expected);
        }
    }

    private static void writeDelays(Sheet sheet) {
        for (int i = 0; i < DELAYS.size(); i++) {
            Calc.number(sheet, i, 0, DateUtil.getExcelDate(DELAYS.get(i).date()));
            Calc.number(sheet, i, 1, DELAYS.get(i).months());
            Calc.formula(sheet, i, 2, "EDATE(A" + (i + 1) + ",B" + (i + 1) + ")");
        }
    }

    static List<Delay> delays(Random random, int count) {
        List<Delay> list = new ArrayList<>();
        list.add(new Delay(LocalDate.of(2027, 1, 31), 1));
        list.add(new Delay(LocalDate.of(2028, 1, 31), 1));
        for (int i = 0; i < count; i++) {
            LocalDate month = LocalDate.of(2020 + random.nextInt(10), 1 + random.nextInt(12), 1);
            LocalDate date = month.withDayOfMonth(Math.max(1, month.lengthOfMonth() - random.nextInt(4)));
            list.add(new Delay(date, random.nextInt(30)));
        }
        return list;
    }

    // ---- Microsoft's published examples, through the finance functions directly --------------------------

    @Test
    void microsoftExamplesMatchSpreadsheetAndPublishedValues() {
        double[] npv1 = {0, -10000, 3000, 4200, 6800};
        double[] npv2 = {-40000, 8000, 9200, 10000, 12000, 14500};
        double[] irr = {-70000, 12000, 15000, 18000, 21000, 26000};
        double[] mirr = {-120000, 39000, 30000, 21000, 37000, 46000};
        checkExample(Finance.npv(0.10, npv1, times(5)), 0, 0, 1188.44, 0.005);
        checkExample(Finance.npv(0.08, npv2, times(6)), 1, 0, 1922.06, 0.005);
        checkExample(Finance.irr(Arrays.copyOf(irr, 6), times(6), 0.1).rate(), 2, 0, 0.087, 0.0005);
        checkExample(Finance.irr(Arrays.copyOf(irr, 5), times(5), 0.1).rate(), 2, 1, -0.021, 0.0005);
        checkExample(Finance.irr(Arrays.copyOf(irr, 3), times(3), -0.1).rate(), 3, 0, -0.444, 0.0005);
        checkExample(Finance.mirr(mirr, 0.10, 0.12), 4, 0, 0.126, 0.0005);
        checkExample(Finance.mirr(Arrays.copyOf(mirr, 4), 0.10, 0.12), 4, 1, -0.048, 0.0005);
        checkExample(Finance.mirr(mirr, 0.10, 0.14), 5, 0, 0.135, 0.0005);
        DatedCase x = DATED.get(0);
        double[] years = new double[x.dates().length];
        for (int i = 0; i < years.length; i++) {
            years[i] = ChronoUnit.DAYS.between(x.dates()[0], x.dates()[i]) / 365.0;
        }
        checkExample(Finance.npv(0.09, x.amounts(), years), 6, 0, 2086.65, 0.005);
        // Excel's XIRR stops within about 1e-8 of the root, so its published digits are that close only.
        checkExample(Finance.irr(x.amounts(), years, 0.09).rate(), 6, 1, 0.373362535, 1e-8);
    }

    private void checkExample(Double ours, int row, int column, double published, double rounding) {
        Double spreadsheet = calc.value("examples", row, column);
        assertClose(ours, spreadsheet, 1e-3, "example at row " + row + ", column " + column);
        assertThat(ours).as("published value").isCloseTo(published, within(rounding));
    }

    private static void writeExamples(Sheet sheet) {
        values(sheet, 0, -10000, 3000, 4200, 6800);
        Calc.formula(sheet, 0, 0, "NPV(0.1,K1:N1)");
        values(sheet, 1, -40000, 8000, 9200, 10000, 12000, 14500);
        Calc.formula(sheet, 1, 0, "NPV(0.08,L2:P2)+K2");
        values(sheet, 2, -70000, 12000, 15000, 18000, 21000, 26000);
        Calc.formula(sheet, 2, 0, "IRR(K3:P3)");
        Calc.formula(sheet, 2, 1, "IRR(K3:O3)");
        values(sheet, 3, -70000, 12000, 15000);
        Calc.formula(sheet, 3, 0, "IRR(K4:M4,-0.1)");
        values(sheet, 4, -120000, 39000, 30000, 21000, 37000, 46000);
        Calc.formula(sheet, 4, 0, "MIRR(K5:P5,0.1,0.12)");
        Calc.formula(sheet, 4, 1, "MIRR(K5:N5,0.1,0.12)");
        Calc.formula(sheet, 5, 0, "MIRR(K5:P5,0.1,0.14)");
        DatedCase x = DATED.get(0);
        values(sheet, 6, x.amounts());
        for (int i = 0; i < x.dates().length; i++) {
            Calc.number(sheet, 7, FIRST_VALUE_COLUMN + i, DateUtil.getExcelDate(x.dates()[i]));
        }
        Calc.formula(sheet, 6, 0, "XNPV(0.09,K7:O7,K8:O8)");
        Calc.formula(sheet, 6, 1, "XIRR(K7:O7,K8:O8)");
    }

    private static void values(Sheet sheet, int row, double... values) {
        for (int i = 0; i < values.length; i++) {
            Calc.number(sheet, row, FIRST_VALUE_COLUMN + i, values[i]);
        }
    }

    private static double[] times(int n) {
        double[] times = new double[n];
        for (int t = 0; t < n; t++) {
            times[t] = t;
        }
        return times;
    }

    /** A rate: close as below, or empty (null) exactly when the spreadsheet gives an error (#NUM!, #DIV/0!). */
    static void assertCloseOrBothEmpty(Double ours, Double spreadsheet, String what) {
        if (spreadsheet == null) {
            assertThat(ours).as(what + ": LibreOffice gave an error, so ours should be empty").isNull();
        } else {
            assertClose(ours, spreadsheet, 1e-3, what);
        }
    }

    /** Equal within 1e-9 relative to the spreadsheet's value, or to {@code floor} when that is smaller. */
    static void assertClose(Double ours, Double spreadsheet, double floor, String what) {
        assertThat(spreadsheet).as(what + ": LibreOffice gave an error").isNotNull();
        assertThat(ours).as(what + ": ours is empty").isNotNull();
        double tolerance = RELATIVE * Math.max(Math.abs(spreadsheet), floor);
        assertThat(ours).as(what).isCloseTo(spreadsheet, within(tolerance));
    }
}
