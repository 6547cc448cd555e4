package io.roadcase.chart;

import io.roadcase.render.Output;
import io.roadcase.render.RenderContext;
import io.roadcase.render.Renderer;
import io.roadcase.render.Piece;
import java.io.IOException;
import java.util.List;

/**
 * Writes charts as {@code charts/<name>.svg} and {@code charts/<name>.png}, each file its own piece of
 * work (charts are immutable and every encoder call makes its own graphics, so pieces share nothing).
 */
public final class ChartWriter {

    /** The chart files as an output stage: the context's charts. */
    public static final Renderer RENDERER = new Renderer() {
        @Override
        public String stage() {
            return "charts";
        }

        @Override
        public List<Piece> work(RenderContext context) {
            return ChartWriter.work(context.charts(), context.output());
        }
    };

    private ChartWriter() {
    }

    /** The pieces of work that write these charts, two per chart. */
    public static List<Piece> work(List<Chart> charts, Output output) {
        return charts.stream().<Piece>mapMulti((chart, pieces) -> {
            pieces.accept(() -> output.write("charts/" + chart.name() + ".png", PngEncoder.encode(chart)));
            pieces.accept(() -> output.write("charts/" + chart.name() + ".svg", SvgEncoder.encode(chart)));
        }).toList();
    }

    /** Writes every chart here, one after another. */
    public static void writeAll(List<Chart> charts, Output output) throws IOException {
        Piece.runAll(work(charts, output));
    }
}
