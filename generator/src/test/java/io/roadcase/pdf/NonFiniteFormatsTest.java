package io.roadcase.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.chart.Theme;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Where data.json has null for a number that is not finite, pages, briefs and charts never show ∞ or NaN. */
class NonFiniteFormatsTest {

    private static final List<Double> NOT_FINITE = List.of(Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY);

    @Test
    void everyFormatterShowsADashForANumberThatIsNotFinite() {
        for (String tag : List.of("en-GB", "de-DE", "fr-FR")) {
            Theme theme = new Theme(Color.BLUE, Locale.forLanguageTag(tag), "EUR", 1);
            Formats pdf = new Formats(theme);
            io.roadcase.site.Formats site = new io.roadcase.site.Formats(theme);
            for (double v : NOT_FINITE) {
                List<String> shown = List.of(theme.number(v, 2), theme.number(v, 0, 2), theme.percent(v, 1),
                        theme.compact(v), theme.money(v, "EUR"), theme.money(v, "XYZ"),
                        pdf.money(v, "EUR"), pdf.amount(v), pdf.percent(v), pdf.number(v, 0, 2), pdf.years(v),
                        pdf.factor(v), site.money(v), site.money(v, "USD"), site.percent(v), site.signedPercent(v),
                        site.number(v, 2), site.ratio(v), site.discountFactor(v), site.factor(v), site.years(v));
                assertThat(shown).as(tag + " " + v).allSatisfy(s -> assertThat(s)
                        .doesNotContain("∞").doesNotContain("NaN").doesNotContain("\uFFFD").containsAnyOf("—", "–"));
            }
        }
    }
}
