package io.roadcase.check;

import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import java.time.LocalDate;
import java.util.List;

/** The cross-table rules of INPUT.md: references, duplicates, cycles, schedule warnings. */
public final class Checker {

    private Checker() {
    }

    public static List<Problem> check(Portfolio portfolio, LocalDate reportDate) {
        // TODO(foundation): every rule.
        return List.of();
    }
}
