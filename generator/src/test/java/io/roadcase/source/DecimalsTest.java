package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Decimals} gives exactly Double.parseDouble's value for the short decimals it reads, NaN for the rest. */
class DecimalsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "-.5", "5.", "230.83", "0.1", "0.3", "44562.0", "999999999999999",
        "-0.00000000000001", "123456789.012345", "900719.925474099"})
    void readsShortDecimalsAsParseDoubleDoes(String text) {
        assertThat(Double.doubleToRawLongBits(Decimals.parse(text)))
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "-.", " 1", "1 ", "+1", "1e3", "1E3", "1,5", "1.2.3", "0x10", "NaN",
        "Infinity", "1d", "--1", "1-", "1234567890123456", "0.1234567890123456"})
    void leavesOtherFormsToTheGeneralPath(String text) {
        assertThat(Decimals.parse(text)).isNaN();
    }

    @Test
    void matchesParseDoubleOnGeneratedDecimals() {
        Random random = new Random(20261126L);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) == 0) {
                text.append('-');
            }
            int digits = 1 + random.nextInt(15);
            int point = random.nextInt(digits + 2) - 1;
            for (int i = 0; i < digits; i++) {
                if (i == point) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            double expected = Double.parseDouble(text.toString());
            assertThat(Double.doubleToRawLongBits(Decimals.parse(text))).as(text.toString())
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }
}
