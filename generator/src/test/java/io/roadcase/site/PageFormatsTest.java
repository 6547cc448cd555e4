package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.KpiStatus;
import io.roadcase.model.InitiativeStatus;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The page helpers templates get besides the figures (those are io.roadcase.look.PageFormatsTest's). */
class PageFormatsTest {

    private final PageFormats en = new PageFormats(Locale.forLanguageTag("en-GB"));
    private final PageFormats de = new PageFormats(Locale.forLanguageTag("de-DE"));

    @Test
    void moneyIsWholeFromOneThousandAndHasCentsBelow() {
        assertThat(en.money(450000.4)).isEqualTo("450,000");
        assertThat(en.money(1000.0)).isEqualTo("1,000");
        assertThat(en.money(999.5)).isEqualTo("999.50");
        assertThat(en.money(-1234.5)).isEqualTo("-1,235");
        assertThat(en.money(0.0)).isEqualTo("0");
        assertThat(en.money(450000.0, "USD")).isEqualTo("USD 450,000");
        assertThat(en.money(null, "USD")).isEqualTo(PageFormats.NONE);
    }

    @Test
    void numbersFollowTheSettingsLocale() {
        assertThat(de.money(450000.0)).isEqualTo("450.000");
        assertThat(de.money(12.5)).isEqualTo("12,50");
        assertThat(de.percent(0.3313)).isEqualTo("33,1\u00a0%");
        assertThat(de.date(LocalDate.of(2026, 11, 24))).isEqualTo("24.11.2026");
        assertThat(en.date(LocalDate.of(2026, 11, 24))).isEqualTo("24 Nov 2026");
    }

    @Test
    void statusesReadAsWordsWithATone() {
        assertThat(en.label(InitiativeStatus.IN_PROGRESS)).isEqualTo("In progress");
        assertThat(en.label(KpiStatus.RED)).isEqualTo("Off target");
        assertThat(en.tone(KpiStatus.RED)).isEqualTo("bad");
        assertThat(en.tone(InitiativeStatus.DONE)).isEqualTo("good");
    }

    @Test
    void onlyWebAndMailLinksAreLinkable() {
        assertThat(en.linkable("https://tracker.example.com/A-1")).isTrue();
        assertThat(en.linkable("mailto:cfo@example.com")).isTrue();
        assertThat(en.linkable("javascript:alert(1)")).isFalse();
        assertThat(en.linkable(" https://x.example")).isFalse();
        assertThat(en.linkable(null)).isFalse();
    }
}
