package io.roadcase.render;

import java.io.IOException;
import java.util.List;

/**
 * One output stage: the chart files, the site, the PDF briefs, {@code data.json}. It splits its stage
 * into independent pieces (a page, a chart, a brief) that the generator runs on one pool with every
 * other stage's; anything later (a new kind of output) plugs in the same way.
 */
public interface Renderer {

    /** The stage's name in timings and progress lines: {@code charts}, {@code site}, {@code pdf}, {@code json}. */
    String stage();

    /**
     * The pieces of this stage for the context's report. Preparing them does no heavy work; running them
     * writes the files through {@link RenderContext#output()} and reports problems to
     * {@link RenderContext#problems()}.
     */
    List<Piece> work(RenderContext context) throws IOException;
}
