package io.roadcase.model;

import java.util.List;

/**
 * A user's chart with its data resolved: what the drawing, the data table beside it on the page, the
 * brief and data.json all read.
 *
 * @param page       where the chart is shown: {@code index.html}, {@code funding/<id>.html}, … or its own
 *                   {@code charts/<id>.html}
 * @param brief      the brief it appears in: {@code portfolio}, a funding case id, or null for none
 * @param xTitle     the x column's header (or {@code date} for KPI values)
 * @param yTitle     the value axis title, with the unit
 * @param categories the x values in order, as text (category charts: line, area, bar, pie, radar, heat map)
 * @param series     one per y column or {@code series_by} value
 * @param percent    whether the values are fractions shown as percent
 * @param table      the data as text, header row first: the chart's accessible twin
 */
public record UserChartFigures(UserChart chart, String page, String brief, String xTitle, String yTitle,
        List<String> categories, List<Series> series, boolean percent, boolean xDates, List<List<String>> table) {

    /**
     * One series. For category charts {@code y} is aligned to the categories (null where a category has no
     * value); for scatter and bubble charts {@code x}, {@code y} and {@code size} are the points (x as epoch
     * days for dates); for box charts {@code y} is every value.
     */
    public record Series(String name, List<Double> x, List<Double> y, List<Double> size) {
    }

    /** The chart's id. */
    public String id() {
        return chart.id();
    }
}
