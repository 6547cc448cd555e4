package io.roadcase.chart;

import io.roadcase.publish.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes charts as {@code charts/<name>.svg} and {@code charts/<name>.png}, several charts at a time
 * (charts are immutable and every encoder call makes its own graphics, so nothing is shared).
 */
public final class ChartWriter {

    private ChartWriter() {
    }

    public static void writeAll(List<Chart> charts, Output output) throws IOException {
        try {
            charts.parallelStream().forEach(chart -> {
                try {
                    output.write("charts/" + chart.name() + ".svg", SvgEncoder.encode(chart));
                    output.write("charts/" + chart.name() + ".png", PngEncoder.encode(chart));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
