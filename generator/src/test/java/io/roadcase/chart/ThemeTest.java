package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Settings;
import java.awt.Color;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private final Theme british = new Theme(Color.BLUE, Locale.forLanguageTag("en-GB"), "USD", 4);
    private final Theme german = new Theme(Color.BLUE, Locale.GERMANY, "EUR", 1);

    @Test
    void writesFiguresThroughTheReportsOneFormats() {
        assertThat(british.percent(0.0525, 1)).isEqualTo("5.3%");
        assertThat(british.number(1234.5, 2)).as("exactly the decimals asked").isEqualTo("1,234.50");
        assertThat(german.number(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(british.money(214_163.79, "USD")).isEqualTo(british.formats().money(214_163.79, "USD"))
                .isEqualTo("USD 214,164");
        assertThat(german.money(12.5, null)).isEqualTo("EUR 12,50");
        assertThat(british.compact(450_000)).isEqualTo("450K");
    }

    @Test
    void fallsBackToTheDefaultBrandColourWhenTheSettingIsNotAColour() {
        Settings settings = new Settings("t", "", "USD", 0.1, null, 1, null, null, "", "red\"/><script>", null, 0.2,
                null);
        Theme theme = Theme.of(settings);
        assertThat(Theme.hex(theme.brand())).isEqualTo("#1f5fad");
        assertThat(theme.locale()).isEqualTo(Locale.forLanguageTag("en-US"));
    }

    @Test
    void cutsTextAtCharacterBoundariesToFitAWidth() {
        var font = british.regular(10f);
        String emoji = "👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻 Launch the new checkout everywhere";
        for (double max = 5; max < 200; max += 7) {
            String fitted = Canvas.fit(emoji, font, max);
            assertThat(Canvas.width(fitted, font)).isLessThanOrEqualTo(max);
            fitted.chars().forEach(ch -> {
                if (Character.isHighSurrogate((char) ch)) {
                    assertThat(fitted).as("no lone surrogate").doesNotEndWith(String.valueOf((char) ch) + "…");
                }
            });
        }
        assertThat(Canvas.fit("short", font, 500)).isEqualTo("short");
        assertThat(Canvas.clean("a\u0000b\r\n  c\uD800")).isEqualTo("a b c");
    }
}
