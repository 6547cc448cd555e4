package io.roadcase.look;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Direction;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Origin;
import io.roadcase.model.Settings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The display rules of docs/figures.md ("How figures are shown"), which METRICS.md's Rounding leaves to us. */
class FormatsTest {

    private final Formats us = new Formats(Locale.forLanguageTag("en-US"), "USD", 1);
    private final Formats gb = new Formats(Locale.forLanguageTag("en-GB"), "GBP", 4);
    private final Formats de = new Formats(Locale.GERMANY, "EUR", 1);
    private final Formats fr = new Formats(Locale.FRANCE, "EUR", 1);

    @Test
    void moneyHasItsCurrencyCodeInFrontInEveryLocale() {
        assertThat(us.money(450_000.0, "USD")).isEqualTo("USD 450,000");
        assertThat(gb.money(450_000.0, "USD")).isEqualTo("USD 450,000");
        assertThat(de.money(450_000.0, "EUR")).isEqualTo("EUR 450.000");
        // fr groups with a narrow no-break space (CLDR), kept as it is.
        assertThat(fr.money(450_000.0, "EUR")).isEqualTo("EUR 450\u202f000");
    }

    @Test
    void currenciesWithoutASymbolReadLikeAnyOther() {
        assertThat(us.money(539_726.4, "BDT")).isEqualTo("BDT 539,726");
        assertThat(gb.money(539_726.4, "BDT")).isEqualTo("BDT 539,726");
        assertThat(us.money(2_500.0, "XQQ")).as("a code the JDK does not know").isEqualTo("XQQ 2,500");
        assertThat(us.money(12.5, "XQQ")).isEqualTo("XQQ 12.50");
    }

    @Test
    void moneyIsWholeFromOneThousandAndHasTheCurrencyDecimalsBelow() {
        assertThat(us.money(1_234.56, "USD")).isEqualTo("USD 1,235");
        assertThat(us.money(1_000.0, "USD")).isEqualTo("USD 1,000");
        assertThat(us.money(999.5, "USD")).isEqualTo("USD 999.50");
        assertThat(us.money(999.995, "USD")).as("half up on the decimal value").isEqualTo("USD 1,000.00");
        assertThat(us.money(0.0, "USD")).isEqualTo("USD 0");
        assertThat(us.money(512.4, "JPY")).as("yen has no decimals").isEqualTo("JPY 512");
        assertThat(de.money(12.5)).as("without code, for columns headed by the currency").isEqualTo("12,50");
    }

    @Test
    void negativeMoneyKeepsTheLocaleMinusAfterTheCode() {
        assertThat(us.money(-180_000.0, "GBP")).isEqualTo("GBP -180,000");
        assertThat(us.money(-1_250.5, "USD")).as("half up away from zero").isEqualTo("USD -1,251");
        assertThat(de.money(-12.5, "EUR")).isEqualTo("EUR -12,50");
        assertThat(us.money(-0.004, "USD")).as("rounds to zero: no minus").isEqualTo("USD 0.00");
        assertThat(us.signedMoney(-50_000.0, "USD")).isEqualTo("−USD 50,000");
        assertThat(us.signedMoney(50_000.0, null)).as("the report's currency").isEqualTo("+USD 50,000");
    }

    @Test
    void aBlankCurrencyIsTheReportsAndNoCurrencyAPlainAmount() {
        assertThat(de.money(450_000.0, " ")).isEqualTo("EUR 450.000");
        assertThat(new Formats(Locale.US, null, 1).money(450_000.0, null)).isEqualTo("450,000");
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUpOnTheDecimalValue() {
        assertThat(us.percent(0.3313)).isEqualTo("33.1%");
        assertThat(us.percent(0.0525)).as("0.0525 is 0.052499… in binary").isEqualTo("5.3%");
        assertThat(us.percent(0.4)).isEqualTo("40.0%");
        assertThat(de.percent(0.3313)).isEqualTo("33,1\u00a0%");
        assertThat(us.signedPercent(-0.3021)).isEqualTo("−30.2%");
        assertThat(us.signedPoints(0.025)).isEqualTo("+2.5 pp");
    }

    @Test
    void kpiValuesUseTheKpiDecimalsElseNoneToTwo() {
        assertThat(us.kpiValue(kpi("%", null), 0.12345)).isEqualTo("12.35%");
        assertThat(us.kpiValue(kpi("%", null), 0.12)).isEqualTo("12%");
        assertThat(us.kpiValue(kpi("%", 1), 0.12345)).isEqualTo("12.3%");
        assertThat(de.kpiValue(kpi("%", null), 0.12345)).isEqualTo("12,35\u00a0%");
        assertThat(us.kpiValue(kpi("min", 0), 46.5)).isEqualTo("47 min");
        assertThat(us.kpiValue(kpi("NPS", null), 33.456)).isEqualTo("33.46 NPS");
        assertThat(us.kpiValue(kpi("", 2), 1_250.0)).isEqualTo("1,250.00");
        assertThat(us.kpiDelta(kpi("%", 1), 0.0012)).isEqualTo("+0.1 pp");
        assertThat(us.kpiDelta(kpi("min", 0), -4.5)).isEqualTo("−5 min");
        assertThat(us.kpiDelta(kpi("min", 0), 0.0)).isEqualTo("0 min");
    }

    @Test
    void aMissingValueIsOneDashEverywhere() {
        assertThat(Formats.NONE).isEqualTo("—");
        assertThat(us.money(null, "USD")).isEqualTo("—");
        assertThat(us.kpiValue(kpi("%", null), null)).isEqualTo("—");
        assertThat(us.date(null)).isEqualTo("—");
        assertThat(us.label(null)).isEqualTo("—");
        assertThat(us.years(null)).isEqualTo("—");
    }

    @Test
    void datesAndWordsFollowTheLocaleAndTheCanonicalWords() {
        LocalDate d = LocalDate.of(2026, 11, 24);
        assertThat(us.date(d)).isEqualTo("Nov 24, 2026");
        assertThat(gb.date(d)).isEqualTo("24 Nov 2026");
        assertThat(de.date(d)).isEqualTo("24.11.2026");
        assertThat(gb.longDate(d)).isEqualTo("24 November 2026");
        assertThat(de.longDate(d)).isEqualTo("24. November 2026");
        assertThat(gb.monthYear(d)).isEqualTo("Nov 2026");
        assertThat(Formats.word(InitiativeStatus.IN_PROGRESS)).isEqualTo("In progress");
        assertThat(Formats.word(KpiStatus.RED)).isEqualTo("Off target");
        assertThat(Formats.word(KpiStatus.NO_TARGET)).isEqualTo("No target");
    }

    @Test
    void namesFiscalQuartersByTheYearTheyEndIn() {
        assertThat(gb.fiscalQuarter(LocalDate.of(2026, 4, 1))).isEqualTo("Q1 FY27");
        assertThat(gb.fiscalQuarter(LocalDate.of(2027, 1, 1))).isEqualTo("Q4 FY27");
        assertThat(de.fiscalQuarter(LocalDate.of(2026, 7, 1))).isEqualTo("Q3 2026");
    }

    @Test
    void comesFromTheSettingsLocaleCurrencyAndFiscalYear() {
        Settings settings = new Settings("t", "", "BDT", 0.1, null, 7, Locale.forLanguageTag("en-GB"), "dd/MM/yyyy",
                "", null, null, 0.2, null);
        Formats f = Formats.of(settings);
        assertThat(f.money(539_726.0, null)).isEqualTo("BDT 539,726");
        assertThat(f.date(LocalDate.of(2026, 3, 4))).as("date_format reads text dates; display is the locale's")
                .isEqualTo("4 Mar 2026");
        assertThat(f.fiscalQuarter(LocalDate.of(2026, 7, 1))).isEqualTo("Q1 FY27");
        assertThat(Formats.of(new Settings("t", "", null, 0.1, null, 1, null, null, "", null, null, 0.2, null))
                .languageTag()).isEqualTo("en-US");
    }

    @Test
    void axisTicksAloneAreShort() {
        assertThat(gb.compact(1_234_567.0)).isEqualTo("1.2M");
        assertThat(gb.compact(450_000.0)).isEqualTo("450K");
        assertThat(gb.compact(12.0)).isEqualTo("12");
        assertThat(de.compact(1_234_567.0)).contains("1,2");
    }

    @Test
    void formatsTheSameFromManyThreadsAtOnce() throws Exception {
        double[] values = {1_734_000, 2_960_000, 450_000, 12_345, 0.0525, 1234.5, 214_163.79, -0.004};
        List<String> alone = formatAll(values);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                runs.add(pool.submit(() -> formatAll(values)));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> formatAll(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(gb.compact(v));
            out.add(gb.percent(v));
            out.add(gb.number(v, 0, 2));
            out.add(gb.money(v, "EUR"));
            out.add(fr.kpiValue(kpi("%", null), v));
        }
        return out;
    }

    private static Kpi kpi(String unit, Integer decimals) {
        return new Kpi("k", "K", unit, Direction.HIGHER, null, null, null, 0.1, "", "", "", decimals, Map.of(),
                Origin.NONE);
    }
}
