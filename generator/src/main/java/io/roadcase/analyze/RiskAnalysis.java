package io.roadcase.analyze;

import io.roadcase.model.Risk;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RiskRating;

/** A risk's score and rating (METRICS.md, Risks). */
final class RiskAnalysis {

    private RiskAnalysis() {
    }

    static RiskFigures analyze(Risk risk) {
        int score = risk.likelihood() * risk.impact();
        return new RiskFigures(risk, score, rating(score));
    }

    /**
     * low ≤ 3, medium 4–6, high 8–12, critical ≥ 15. Products of two scores 1–5 are never 7, 11, 13 or 14;
     * they would fall in the band below the next threshold.
     */
    static RiskRating rating(int score) {
        if (score <= 3) {
            return RiskRating.LOW;
        }
        if (score < 8) {
            return RiskRating.MEDIUM;
        }
        if (score < 15) {
            return RiskRating.HIGH;
        }
        return RiskRating.CRITICAL;
    }
}
