package io.roadcase.analyze;

import io.roadcase.model.Portfolio;
import io.roadcase.model.PortfolioSummary;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Computes every figure of METRICS.md over a checked portfolio. Pure: no I/O. */
public final class Analyzer {

    private Analyzer() {
    }

    /**
     * @param problems the problems found so far; the report holds them plus the analysis's own, sorted by place
     */
    public static Report analyze(Portfolio portfolio, LocalDate reportDate, List<Problem> problems) {
        // TODO(analytics): every figure.
        return new Report(reportDate, portfolio.settings(), List.of(), List.of(), List.of(), List.of(),
                portfolio.stakeholders(), new PortfolioSummary(List.of(), Map.of(), Map.of(), Map.of()), problems);
    }
}
