package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Settings;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private final Theme british = new Theme(Color.BLUE, Locale.forLanguageTag("en-GB"), "USD", 4);
    private final Theme german = new Theme(Color.BLUE, Locale.GERMANY, "EUR", 1);

    @Test
    void formatsNumbersInTheReportLocale() {
        assertThat(british.compact(1_234_567)).isEqualTo("1.2M");
        assertThat(british.compact(450_000)).isEqualTo("450K");
        assertThat(german.compact(1_234_567)).contains("1,2");
        assertThat(british.percent(0.0525, 1)).isEqualTo("5.3%");
        assertThat(british.number(1234.5, 1)).isEqualTo("1,234.5");
        assertThat(german.number(1234.5, 1)).isEqualTo("1.234,5");
    }

    @Test
    void formatsTheSameFromManyThreadsAtOnce() throws Exception {
        double[] values = {1_734_000, 2_960_000, 450_000, 12_345, 0.0525, 1234.5, 214_163.79};
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
            out.add(british.compact(v));
            out.add(british.percent(v, 1));
            out.add(british.number(v, 0, 2));
            out.add(british.money(v, "EUR"));
        }
        return out;
    }

    @Test
    void formatsMoneyInTheCaseCurrencyWholeAboveAThousand() {
        assertThat(british.money(214_163.79, "USD")).isEqualTo("US$214,164");
        assertThat(german.money(12.5, "EUR")).isEqualTo("12,50\u00a0€");
        assertThat(british.money(1500, "XYZW")).as("unknown code kept as text").isEqualTo("XYZW 1,500");
    }

    @Test
    void namesFiscalQuartersByTheYearTheyEndIn() {
        assertThat(british.fiscalQuarter(LocalDate.of(2026, 4, 1))).isEqualTo("Q1 FY27");
        assertThat(british.fiscalQuarter(LocalDate.of(2027, 1, 1))).isEqualTo("Q4 FY27");
        assertThat(german.fiscalQuarter(LocalDate.of(2026, 7, 1))).isEqualTo("Q3 2026");
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
