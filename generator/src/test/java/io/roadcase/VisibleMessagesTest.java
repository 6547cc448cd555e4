package io.roadcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.VisibleText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bidi overrides and control characters in cell text cannot reorder or hide a problem line. */
class VisibleMessagesTest {

    @ParameterizedTest
    @ValueSource(ints = {0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x00, 0x07, 0x08,
        0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0x200f})
    void everyHiddenCharacterIsShownByItsCode(int c) {
        String cell = "abc" + Character.toString(c) + "def";
        Problem p = Problem.error(Place.csv("roadmap" + Character.toString(c) + ".csv", 3, "title"),
                "expected a date, found \"" + cell + "\"");

        String line = p.toString();

        assertThat(line.codePoints()).noneMatch(VisibleText::isHidden);
        assertThat(line).contains(String.format("<U+%04X>", c));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "tab\there", "two\nlines", "Ünïcødé ✓ 日本", "עברית"})
    void ordinaryTextIsUnchanged(String text) {
        assertThat(VisibleText.of(text)).isEqualTo(text);
    }
}
