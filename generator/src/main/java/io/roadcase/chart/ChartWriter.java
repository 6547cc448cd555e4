package io.roadcase.chart;

import io.roadcase.publish.Output;
import java.io.IOException;
import java.util.List;

/** Writes charts as {@code charts/<name>.svg} and {@code charts/<name>.png}. */
public final class ChartWriter {

    private ChartWriter() {
    }

    public static void writeAll(List<Chart> charts, Output output) throws IOException {
        // TODO(charts)
    }
}
