package io.roadcase;

import io.roadcase.model.Problem;
import io.roadcase.read.ReadSummary;
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
 * @param read      what was read ({@code read 47 initiatives, ... from 6 files}); null when nothing was read
 *                  (an up-to-date output)
 */
public record Result(List<Problem> problems, boolean failed, boolean upToDate, int written,
        Map<String, Long> stageMillis, ReadSummary read) implements java.io.Serializable {

    /** The result of a run that found its output (or its validation) up to date: nothing read, nothing written. */
    public static Result unchanged() {
        return new Result(List.of(), false, true, 0, Map.of());
    }

    /** A result that says nothing about what was read. */
    public Result(List<Problem> problems, boolean failed, boolean upToDate, int written, Map<String, Long> stageMillis) {
        this(problems, failed, upToDate, written, stageMillis, null);
    }

    public long count(Problem.Level level) {
        return problems.stream().filter(p -> p.level() == level).count();
    }
}
