package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import io.roadcase.model.CaseFigures.Point;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import io.roadcase.model.Direction;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.Report;
import io.roadcase.model.Risk;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RiskRating;
import io.roadcase.model.RiskStatus;
import io.roadcase.model.Settings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data the fixture does not cover: step targets, one observation, a dated case, odd settings. */
class EdgeCasesTest {

    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    private static Observation obs(String kpi, int month, double value, Double target, String note) {
        return new Observation(kpi, D.plusMonths(month), value, target, note, Origin.NONE);
    }

    private static KpiFigures kpi(String id, Direction direction, Double target, LocalDate targetDate,
            List<Observation> observations, KpiStatus status, Double forecast) {
        Kpi kpi = new Kpi(id, "KPI " + id, "ms", direction, target, targetDate, null, 0.1, "", "", "", null, Map.of(),
                Origin.NONE);
        Observation latest = observations.get(observations.size() - 1);
        return new KpiFigures(kpi, observations, latest, null, target, status, null, null, null, null, forecast,
                forecast == null ? null : forecast <= target, null, List.of(), List.of());
    }

    private static CaseFigures datedCase() {
        FundingCase fc = new FundingCase("dated", "Dated case", "", "", null, null, "EUR", 0.08, null, null, null, "",
                "", "", "", List.of(), List.of(), Map.of(), Origin.NONE);
        double[] net = {-100_000, 30_000, 45_000, 60_000};
        LocalDate[] dates = {D, D.plusDays(200), D.plusDays(430), D.plusDays(700)};
        List<PeriodRow> rows = new ArrayList<>();
        double cum = 0;
        for (int i = 0; i < net.length; i++) {
            cum += net[i];
            double costs = net[i] < 0 ? -net[i] : 0;
            rows.add(new PeriodRow(null, dates[i], dates[i].toString(), Map.of(), Map.of(), costs,
                    net[i] < 0 ? 0 : net[i], net[i], 1, net[i], cum, cum));
        }
        List<ScenarioFigures> scenarios = List.of(
                new ScenarioFigures("Base", 1, 1, 0, 20_000.0, null, 1.6, List.of()),
                new ScenarioFigures("Late", 1, 1, 3, null, null, null,
                        List.of(new Point(D, -100_000), new Point(D.plusDays(900), 10_000))),
                new ScenarioFigures("Empty", 1, 1, 0, 5_000.0, null, null, List.of()));
        return new CaseFigures(fc, true, List.of(), null, null, null, null, null, 1.6, null, 100_000.0, 135_000.0,
                100_000.0, null, rows, scenarios, List.of(), List.of(), List.of(), List.of());
    }

    private static Report report() {
        Report f = Fixtures.report();
        Settings odd = new Settings("Odd", "", "EUR", 0.08, null, 13, null, null, "", "not a colour", null, 0.1, null);
        List<KpiFigures> kpis = List.of(
                kpi("steps", Direction.LOWER, 120.0, D.plusMonths(10), List.of(obs("steps", 0, 200, 180.0, null),
                        obs("steps", 1, 190, 160.0, "Cache\nadded"), obs("steps", 2, 170, null, null),
                        obs("steps", 3, 150, 140.0, null)), KpiStatus.RED, 95.0),
                kpi("single", Direction.HIGHER, 10.0, null, List.of(obs("single", 0, 7, null, "only one")),
                        KpiStatus.RED, null),
                kpi("flat", Direction.HIGHER, null, null, List.of(obs("flat", 0, 3, null, null), obs("flat", 1, 3, null,
                        null)), KpiStatus.NO_TARGET, null));
        Risk wild = new Risk("Out of scale", "dated", null, 7, 0, "", "", RiskStatus.CLOSED, Origin.NONE);
        return new Report(f.reportDate(), odd, List.of(), kpis, List.of(datedCase()),
                List.of(new RiskFigures(wild, 0, RiskRating.LOW)), List.of(), f.summary(), List.of());
    }

    @Test
    void drawsWhatTheDataAllowsAndSkipsTheRest() {
        assertThat(Charts.of(report())).extracting(Chart::name).containsExactly(
                ChartNames.PORTFOLIO_NPV_ASK, ChartNames.PORTFOLIO_KPI_STATUS, ChartNames.PORTFOLIO_RISKS,
                ChartNames.kpiTrend("steps"), ChartNames.kpiSparkline("steps"),
                ChartNames.kpiTrend("single"), ChartNames.kpiSparkline("single"),
                ChartNames.kpiTrend("flat"), ChartNames.kpiSparkline("flat"),
                ChartNames.caseCumulative("dated"), ChartNames.caseScenarios("dated"));
    }

    @Test
    void leavesOutChartsWhoseNamesAreNotPlainFileNamesOrTaken() {
        Report f = report();
        List<KpiFigures> kpis = new ArrayList<>(f.kpis());
        List<Observation> one = List.of(obs("x", 0, 1, null, null));
        kpis.add(kpi("../../etc/evil", Direction.HIGHER, null, null, one, KpiStatus.NO_TARGET, null));
        kpis.add(kpi("single-spark", Direction.HIGHER, null, null, one, KpiStatus.NO_TARGET, null));
        Report hostile = new Report(f.reportDate(), f.settings(), List.of(), kpis, f.fundingCases(), f.risks(),
                List.of(), f.summary(), List.of());
        List<String> names = Charts.of(hostile).stream().map(Chart::name).toList();
        // Names are <kind>/<id>: never more than one folder, never "..", and single-spark has its own trend.
        assertThat(names).noneMatch(n -> n.contains("..") || n.split("/").length > 2).doesNotHaveDuplicates()
                .contains(ChartNames.kpiSparkline("single"), ChartNames.kpiSparkline("single-spark"),
                        ChartNames.kpiTrend("single-spark"));
    }

    @Test
    void everyEdgeChartEncodesWithTextsInside() throws Exception {
        Theme theme = Theme.of(report().settings());
        for (Chart chart : Charts.of(report())) {
            SvgFile svg = SvgFile.parse(SvgEncoder.encode(chart));
            ChartWriterTest.assertTextsInside(chart, svg, theme);
            ChartWriterTest.assertNoOverlap(chart, svg, theme);
            assertThat(PngEncoder.encode(chart)).isNotEmpty();
        }
    }

    @Test
    void stepTargetsAndNotesShowOnTheTrend() throws Exception {
        Chart steps = Charts.of(report()).stream().filter(c -> c.name().equals(ChartNames.kpiTrend("steps")))
                .findFirst().orElseThrow();
        List<String> texts = SvgFile.parse(SvgEncoder.encode(steps)).textContents(Theme.of(report().settings()));
        assertThat(texts).contains("Target", "Status: Off target").anyMatch(t -> t.startsWith("Cache added ("));
    }
}
