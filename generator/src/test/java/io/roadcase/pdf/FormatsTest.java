package io.roadcase.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.chart.Theme;
import io.roadcase.model.Direction;
import io.roadcase.model.Kpi;
import io.roadcase.model.Origin;
import java.awt.Color;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats gb = new Formats(new Theme(Color.BLUE, Locale.forLanguageTag("en-GB"), "GBP", 4));
    private final Formats de = new Formats(new Theme(Color.BLUE, Locale.forLanguageTag("de-DE"), "EUR", 1));

    @Test
    void moneyIsWholeAboveOneThousandAndTwoDecimalsBelow() {
        assertThat(gb.money(1234.56, "USD")).isEqualTo("US$1,235");
        assertThat(gb.money(999.5, "USD")).isEqualTo("US$999.50");
        assertThat(gb.money(-180000.0, "GBP")).isEqualTo("-£180,000");
        assertThat(de.money(1234.56, "EUR")).isEqualTo("1.235\u00a0€");
        assertThat(de.amount(12.5)).isEqualTo("12,50");
    }

    @Test
    void unknownCurrencyCodeIsWrittenBeforeTheAmountAsInTheCharts() {
        assertThat(gb.money(2500.0, "XQQ")).isEqualTo("XQQ 2,500");
    }

    @Test
    void missingFiguresShowADash() {
        assertThat(gb.money(null, "USD")).isEqualTo(Formats.NONE);
        assertThat(gb.percent(Double.NaN)).isEqualTo(Formats.NONE);
        assertThat(gb.years(null)).isEqualTo(Formats.NONE);
    }

    @Test
    void percentagesHaveOneDecimal() {
        assertThat(gb.percent(0.33125)).isEqualTo("33.1%");
        assertThat(gb.percent(-0.3021)).isEqualTo("-30.2%");
        assertThat(gb.years(1.96)).isEqualTo("2.0 years");
    }

    @Test
    void kpiValuesUseTheKpiDecimalsAndUnit() {
        assertThat(gb.kpiValue(kpi("%", 1), 0.0456)).isEqualTo("4.6%");
        assertThat(gb.kpiValue(kpi("min", 0), 45.6)).isEqualTo("46 min");
        assertThat(gb.kpiValue(kpi("NPS", null), 33.456)).isEqualTo("33.46 NPS");
    }

    @Test
    void datesFollowTheSettingsLocale() {
        assertThat(gb.longDate(LocalDate.of(2026, 11, 24))).isEqualTo("24 November 2026");
        assertThat(de.longDate(LocalDate.of(2026, 11, 24))).isEqualTo("24. November 2026");
    }

    private static Kpi kpi(String unit, Integer decimals) {
        return new Kpi("k", "K", unit, Direction.HIGHER, null, null, null, 0.1, "", "", "", decimals, Map.of(),
                Origin.NONE);
    }
}
