package io.roadcase.model;

import java.util.List;

/**
 * One row of the {@code charts} table: a chart the user declares over a data sheet or KPI series.
 *
 * @param data     a data sheet's name, or {@code kpi:ID,ID}
 * @param y        one or more value columns
 * @param seriesBy a column whose values split the rows into series, or null
 * @param page     where the chart is shown ({@code overview}, a case id, …); null for its own page
 * @param note     markdown shown under the chart, or null
 */
public record UserChart(String id, String title, UserChartType type, String data, String x, List<String> y,
        String seriesBy, boolean stacked, String unit, String page, String note, Origin origin) {
}
