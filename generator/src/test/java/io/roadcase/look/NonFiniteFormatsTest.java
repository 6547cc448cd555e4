package io.roadcase.look;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.chart.Theme;
import io.roadcase.model.Direction;
import io.roadcase.model.Kpi;
import io.roadcase.model.Origin;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where data.json has null for a number that is not finite, pages, briefs and charts never show ∞ or NaN. */
class NonFiniteFormatsTest {

    private static final List<Double> NOT_FINITE = List.of(Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY);

    @Test
    void everyFormatterShowsTheOneDashForANumberThatIsNotFinite() {
        Kpi percentKpi = new Kpi("k", "K", "%", Direction.HIGHER, null, null, null, 0.1, "", "", "", null, Map.of(),
                Origin.NONE);
        for (String tag : List.of("en-GB", "de-DE", "fr-FR")) {
            Formats f = new Formats(Locale.forLanguageTag(tag), "EUR", 1);
            Theme theme = new Theme(Color.BLUE, f);
            for (double v : NOT_FINITE) {
                List<String> shown = List.of(theme.number(v, 2), theme.number(v, 0, 2), theme.percent(v, 1),
                        theme.compact(v), theme.money(v, "EUR"), theme.money(v, "XYZ"), f.money(v, "EUR"),
                        f.money(v), f.percent(v), f.number(v, 0, 2), f.years(v), f.discountFactor(v), f.factor(v),
                        f.signedPercent(v), f.signedPoints(v), f.signedMoney(v, "EUR"), f.ratio(v), f.score(v),
                        f.kpiValue(percentKpi, v), f.kpiDelta(percentKpi, v));
                assertThat(shown).as(tag + " " + v).allSatisfy(s -> assertThat(s).isEqualTo(Formats.NONE));
            }
        }
    }
}
