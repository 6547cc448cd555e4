package io.roadcase;

import io.roadcase.model.Problem;
import java.util.List;
import java.util.Map;

/**
 * What a run did.
 *
 * @param problems  every problem, sorted by place
 * @param failed    the data had errors (or warnings under failOnWarning): nothing was published
 * @param upToDate  inputs, templates, options and version were unchanged: nothing was written
 * @param written   number of files published
 * @param stageMillis wall time per stage (read, check, analyze, charts, site, pdf, publish), in run order
 */
public record Result(List<Problem> problems, boolean failed, boolean upToDate, int written,
        Map<String, Long> stageMillis) {

    public long count(Problem.Level level) {
        return problems.stream().filter(p -> p.level() == level).count();
    }
}
