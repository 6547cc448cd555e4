package io.roadcase.chart;

import io.roadcase.model.Report;
import java.util.List;

/** Every chart of a report, named by {@link ChartNames}. */
public final class Charts {

    private Charts() {
    }

    public static List<Chart> of(Report report) {
        // TODO(charts)
        return List.of();
    }
}
