package io.roadcase.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shown text: cut to a length with an ellipsis, never inside a character, and without controls or overrides. */
class ShownTextTest {

    @Test
    void aLongTextIsCutWithAnEllipsisAndAShortOneIsKept() {
        assertThat(ShownText.cut("x".repeat(32_767), 500)).hasSize(501).endsWith("x\u2026");
        assertThat(ShownText.cut("short", 500)).isEqualTo("short");
        assertThat(ShownText.cut("words and   more", 10)).isEqualTo("words and\u2026");
        assertThat(ShownText.cut(null, 10)).isNull();
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        assertThat(ShownText.cut("abcd" + emoji + "efgh", 5)).isEqualTo("abcd\u2026");
        assertThat(ShownText.cut("abc" + emoji + "efgh", 5)).isEqualTo("abc" + emoji + "\u2026");
    }

    @Test
    void controlsOverridesAndLoneSurrogatesAreRemovedButLettersAndJoinersStay() {
        assertThat(ShownText.clean("a\u0000b\u0007c\u001Bd\u0085e\u009Bf")).isEqualTo("abcdef");
        assertThat(ShownText.clean("Approve \u202Efdp.exe\u202C \u2066x\u2069")).isEqualTo("Approve fdp.exe x");
        assertThat(ShownText.clean("lone \uD800 and \uDC00")).isEqualTo("lone  and ");
        assertThat(ShownText.clean("line\r\nnext\rlast\ttab")).isEqualTo("line\nnext\nlast\ttab");
        String kept = "\u05E9\u05DC\u05D5\u05DD \u200F \u0645\u0631\u062D\u0628\u0627 \u200Bz\u200Cw\u200Dj \uD83D\uDC4B";
        assertThat(ShownText.clean(kept)).isSameAs(kept);
    }
}
