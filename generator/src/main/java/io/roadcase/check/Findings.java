package io.roadcase.check;

import io.roadcase.model.Origin;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** The problems one check run collects, with the small helpers every rule uses to word them. */
final class Findings {

    private final List<Problem> problems = new ArrayList<>();

    void error(Origin origin, String field, String message) {
        problems.add(Problem.error(place(origin, field), message));
    }

    void warning(Origin origin, String field, String message) {
        problems.add(Problem.warning(place(origin, field), message));
    }

    /** A problem about two places, such as a duplicate id: {@code here} is the later one. */
    void twoPlaces(Origin here, Origin first, String field, String message) {
        problems.add(new Problem(Problem.Level.ERROR, place(here, field), place(first, field), message));
    }

    List<Problem> sorted() {
        problems.sort(Problem.BY_PLACE);
        return List.copyOf(problems);
    }

    private static Place place(Origin origin, String field) {
        return origin == null ? null : origin.at(field);
    }

    /** {@code "CHK-1"}: a value from the data, quoted. */
    static String q(Object value) {
        return "\"" + value + "\"";
    }

    /** A number as a person writes it: {@code 1.5}, {@code 12}, no float noise. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percent: 0.125 gives {@code 12.5 %}. */
    static String percent(double fraction) {
        return number(fraction * 100) + " %";
    }
}
