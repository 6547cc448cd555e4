package io.roadcase.check;

import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of INPUT.md that look across rows and tables: duplicates, references, cycles, ranges
 * and schedule warnings. Cell-level faults (a bad date, an unknown word) are the reader's: a fault is
 * reported by exactly one of them.
 */
public final class Checker {

    private Checker() {
    }

    /**
     * Checks a portfolio as read.
     *
     * @param reportDate the date overdue items are measured against; null skips the overdue warning
     * @return every problem found, sorted by place
     */
    public static List<Problem> check(Portfolio portfolio, LocalDate reportDate) {
        Findings findings = new Findings();
        RecordsById index = new RecordsById(portfolio);
        Duplicates.check(portfolio, findings);
        References.check(portfolio, index, findings);
        DependencyCycles.check(portfolio.initiatives(), index, findings);
        RoadmapRules.check(portfolio.initiatives(), index, reportDate, findings);
        KpiValueRules.check(portfolio, index, findings);
        FundingRules.check(portfolio, findings);
        RiskAndPeopleRules.check(portfolio, findings);
        ObjectiveRules.check(portfolio, index, findings);
        ParentRules.check(portfolio.initiatives(), index, findings);
        return findings.sorted();
    }
}
