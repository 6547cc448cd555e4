package io.roadcase.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Origin;
import io.roadcase.model.Risk;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RiskRating;
import io.roadcase.model.RiskStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Risk score and rating bands. */
class RiskAnalysisTest {

    @ParameterizedTest(name = "{0} x {1} = {2}: {3}")
    @CsvSource({
        "1, 1, 1, LOW", "1, 3, 3, LOW", "2, 2, 4, MEDIUM", "2, 3, 6, MEDIUM", "2, 4, 8, HIGH", "3, 3, 9, HIGH",
        "3, 4, 12, HIGH", "3, 5, 15, CRITICAL", "4, 4, 16, CRITICAL", "5, 5, 25, CRITICAL",
    })
    void scoresLikelihoodTimesImpactAndRatesIt(int likelihood, int impact, int score, RiskRating rating) {
        RiskFigures figures = RiskAnalysis.analyze(
                new Risk("r", "c", null, likelihood, impact, "", "", RiskStatus.OPEN, Origin.NONE));
        assertThat(figures.score()).isEqualTo(score);
        assertThat(figures.rating()).isEqualTo(rating);
    }
}
