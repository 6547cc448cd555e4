package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

class NumericCellsTest {

    private final DataFormatter formatter = new DataFormatter(Locale.US);

    @Test
    void generalTextOfFractionsIsWhatDataFormatterShows() {
        Random random = new Random(7);
        NumericCells numbers = new NumericCells(false);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> Math.round(random.nextGaussian() * 1e6) / 100.0;
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(20) - 10);
                case 2 -> -random.nextDouble() * 1000;
                default -> Math.round(random.nextDouble() * 1e12) / Math.pow(10, random.nextInt(14));
            };
            assertThat(numbers.cell(value, NumericCells.GENERAL).text())
                    .as("General text of %s", value)
                    .isEqualTo(formatter.formatRawCellContents(value, 0, "General"));
        }
    }

    @Test
    void shortGeneralLeavesRoundingAndExponentsToDataFormatter() {
        assertThat(NumericCells.shortGeneral(123.45)).isEqualTo("123.45");
        assertThat(NumericCells.shortGeneral(-0.125)).isEqualTo("-0.125");
        assertThat(NumericCells.shortGeneral(0.1 + 0.2)).isNull();
        assertThat(NumericCells.shortGeneral(1e-5)).isNull();
        assertThat(NumericCells.shortGeneral(12345678.5)).isNull();
        assertThat(NumericCells.shortGeneral(0.00123456789)).isNull();
    }

    @Test
    void repeatedValuesOfAFormatGiveTheSameCellsAsNewOnes() {
        NumericCells numbers = new NumericCells(false);
        NumericCells.Format date = NumericCells.format(14, null);
        NumericCells.Format percent = NumericCells.format(10, null);
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            double serial = 40_000 + random.nextInt(6_000);
            double fraction = random.nextInt(10_000) / 10_000.0;
            assertThat(numbers.cell(serial, date)).isEqualTo(new NumericCells(false).cell(serial, NumericCells.format(14, null)));
            assertThat(numbers.cell(fraction, percent))
                    .isEqualTo(new NumericCells(false).cell(fraction, NumericCells.format(10, null)));
        }
    }
}
