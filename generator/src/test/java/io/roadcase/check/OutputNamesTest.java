package io.roadcase.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.chart.ChartNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output names are unambiguous by construction: ids built to collide under the old naming scheme
 * ({@code kpi-<id>-spark}, {@code case-<id>-tornado}, ...) get distinct chart files; what cannot be
 * made unambiguous (the portfolio brief's name, Windows device names) is refused.
 */
class OutputNamesTest {

    private static final List<Function<String, String>> KPI_CHARTS = List.of(ChartNames::kpiTrend,
            ChartNames::kpiSparkline);
    private static final List<Function<String, String>> CASE_CHARTS = List.of(ChartNames::caseCumulative,
            ChartNames::caseTornado, ChartNames::caseScenarios, ChartNames::caseRisks, ChartNames::caseTimeline);
    private static final List<String> SUFFIXES = List.of("spark", "sparkline", "trend", "cumulative", "tornado",
            "scenarios", "risks", "timeline");

    @Test
    void idsMadeToCollideUnderTheOldSchemeGetDistinctChartFiles() {
        Random random = new Random(21);
        for (int round = 0; round < 500; round++) {
            String base = randomId(random);
            List<String> ids = new ArrayList<>(List.of(base));
            for (String suffix : SUFFIXES) {
                ids.add(base + "-" + suffix);
                ids.add(suffix + "-" + base);
            }
            Map<String, String> owner = new HashMap<>();
            for (String id : ids) {
                for (Function<String, String> chart : KPI_CHARTS) {
                    assertThat(owner.put(chart.apply(id).toLowerCase(Locale.ROOT), "kpi " + id)).isNull();
                }
                for (Function<String, String> chart : CASE_CHARTS) {
                    assertThat(owner.put(chart.apply(id).toLowerCase(Locale.ROOT), "case " + id)).isNull();
                }
            }
            for (String fixed : List.of(ChartNames.ROADMAP_TIMELINE, ChartNames.PORTFOLIO_NPV_ASK,
                    ChartNames.PORTFOLIO_KPI_STATUS, ChartNames.PORTFOLIO_RISKS)) {
                assertThat(owner).doesNotContainKey(fixed);
            }
        }
    }

    @Test
    void theOldExampleK1AndK1SparkNoLongerShareAFile() {
        assertThat(ChartNames.kpiTrend("K1-spark")).isNotEqualTo(ChartNames.kpiSparkline("K1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "Nul", "aux.1", "COM1", "lpt9", "prn.x", "K1."})
    void windowsReservedNamesAreRefused(String id) {
        assertThat(Duplicates.reserved(id, "kpis")).isNotNull();
        assertThat(Duplicates.reserved(id, "roadmap")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"portfolio", "Portfolio", "PORTFOLIO"})
    void aCaseNamedLikeThePortfolioBriefIsRefused(String id) {
        assertThat(Duplicates.reserved(id, "funding_cases")).contains("pdf/portfolio.pdf");
        assertThat(Duplicates.reserved(id, "kpis")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"console", "com10", "K1", "index", "nul-1", "a.b"})
    void ordinaryIdsAreFine(String id) {
        assertThat(Duplicates.reserved(id, "funding_cases")).isNull();
    }

    private static String randomId(Random random) {
        String chars = "ABCabc019._-";
        StringBuilder id = new StringBuilder().append("Kk9".charAt(random.nextInt(3)));
        for (int i = random.nextInt(6); i > 0; i--) {
            id.append(chars.charAt(random.nextInt(chars.length())));
        }
        return id.toString();
    }
}
