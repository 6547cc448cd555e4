package io.roadcase.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Result;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureMessageTest {

    private static final Place PLACE = Place.csv("roadmap.csv", 3, "end");

    @Test
    void countsErrorsAndPointsAtTheLog() {
        Result result = failed(Problem.error(PLACE, "a"), Problem.error(PLACE, "b"), Problem.warning(PLACE, "c"),
                Problem.error(PLACE, "d"));

        assertThat(AbstractRoadcaseMojo.failureMessage(result))
                .startsWith("Roadcase found 3 errors in the data (see the [ERROR] lines above)");
    }

    @Test
    void saysOneErrorInTheSingular() {
        assertThat(AbstractRoadcaseMojo.failureMessage(failed(Problem.error(PLACE, "a"))))
                .startsWith("Roadcase found 1 error in the data");
    }

    @Test
    void blamesFailOnWarningWhenThereAreOnlyWarnings() {
        Result result = failed(Problem.warning(PLACE, "a"), Problem.warning(PLACE, "b"), Problem.info(PLACE, "c"));

        assertThat(AbstractRoadcaseMojo.failureMessage(result))
                .startsWith("Roadcase found 2 warnings in the data and failOnWarning is set")
                .contains("[WARNING]");
    }

    private static Result failed(Problem... problems) {
        return new Result(List.of(problems), true, false, 0, Map.of());
    }
}
