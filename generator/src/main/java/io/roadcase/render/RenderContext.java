package io.roadcase.render;

import io.roadcase.chart.Chart;
import io.roadcase.look.Formats;
import io.roadcase.model.Report;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a renderer works from, built once per run: the analysed report, its charts (drawn once
 * for the site and the briefs alike), the look its figures are shown in, where files go, and where
 * problems go. What only one renderer needs (the user's templates, the render time budget) is that
 * renderer's own option.
 *
 * @param dataDirectory the data folder, for files the settings name (the logo); null when there is none
 */
public record RenderContext(
        Report report,
        List<Chart> charts,
        Formats look,
        Output output,
        ProblemSink problems,
        Path dataDirectory) {

    public RenderContext {
        charts = List.copyOf(charts);
    }
}
