package io.roadcase.site;

import io.roadcase.model.Report;
import io.roadcase.model.UserChartFigures;
import java.util.List;

/** The user's own charts by the page that shows them, for templates ({@code userCharts.on(path)}). */
public final class UserChartViews {

    private final List<UserChartFigures> charts;

    public UserChartViews(Report report) {
        this.charts = report.userCharts();
    }

    /** The charts placed on this page ({@code index.html}, {@code funding/<id>.html}, …), in table order. */
    public List<UserChartFigures> on(String path) {
        return charts.stream().filter(c -> c.page().equals(path)).toList();
    }

    /** The charts with a page of their own ({@code charts/<id>.html}), which the overview links to. */
    public List<UserChartFigures> ownPages() {
        return charts.stream().filter(c -> c.page().startsWith("charts/")).toList();
    }
}
