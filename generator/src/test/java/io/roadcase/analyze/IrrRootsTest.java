package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.analyze.Finance.Root;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The root finder behind irr, on period times (polynomial) and fractional year times (dated cases). */
class IrrRootsTest {

    @Test
    void findsBothRootsOfDatedFlowsAndPrefersTheOneClosestToTheRate() {
        // With u = (1 + r)^0.5: -100 + 230/u - 132/u² = 0 at u = 1.1 and u = 1.2, so r = 21 % or 44 %.
        double[] amounts = {-100, 230, -132};
        double[] years = {0, 0.5, 1};
        Root nearLow = Finance.irr(amounts, years, 0.25);
        assertThat(nearLow.count()).isEqualTo(2);
        assertThat(nearLow.rate()).isCloseTo(0.21, within(1e-12));
        assertThat(Finance.irr(amounts, years, 0.40).rate()).isCloseTo(0.44, within(1e-12));
    }

    @Test
    void findsARateOfZero() {
        assertThat(Finance.irr(new double[] {-100, 50, 50}, new double[] {0, 1, 2}, 0.1).rate())
                .isCloseTo(0, within(1e-15));
    }

    @Test
    void findsRatesNearTheEndsOfTheRange() {
        // -1 + 90/(1+i): i = 8,900 %; -1 + 0.0002/(1+i): i = -99.98 %.
        assertThat(Finance.irr(new double[] {-1, 90}, new double[] {0, 1}, 0.1).rate()).isCloseTo(89, within(1e-9));
        assertThat(Finance.irr(new double[] {-1, 0.0002}, new double[] {0, 1}, 0.1).rate())
                .isCloseTo(-0.9998, within(1e-12));
        assertThat(Finance.irr(new double[] {-1, 0.00005}, new double[] {0, 1}, 0.1).rate()).isNull();
    }

    /** Dated flows with mixed signs at fractional times. */
    static Stream<double[][]> datedFlows() {
        Random random = new Random(5150L);
        return IntStream.range(0, 60).mapToObj(i -> {
            int n = 2 + random.nextInt(12);
            double[] amounts = new double[n];
            double[] years = new double[n];
            for (int j = 0; j < n; j++) {
                amounts[j] = (random.nextDouble() - 0.4) * 10000;
                years[j] = j == 0 ? 0 : years[j - 1] + random.nextInt(400) / 365.0;
            }
            amounts[0] = -Math.abs(amounts[0]);
            return new double[][] {amounts, years};
        });
    }

    @ParameterizedTest
    @MethodSource("datedFlows")
    void npvIsZeroAtTheRateFoundForDatedFlows(double[][] flows) {
        Root root = Finance.irr(flows[0], flows[1], 0.1);
        if (root.rate() == null) {
            assertThat(root.whyNone()).isNotBlank();
            return;
        }
        double scale = 0;
        for (double amount : flows[0]) {
            scale += Math.abs(amount);
        }
        assertThat(Finance.npv(root.rate(), flows[0], flows[1])).isCloseTo(0, within(1e-9 * scale));
    }
}
