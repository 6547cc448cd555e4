package io.roadcase.chart;

/**
 * The file names (without extension) of every chart, shared by the chart stage that writes
 * {@code charts/<name>.svg} and {@code .png} and the pages that link to them.
 *
 * <p>Unambiguous by construction: a chart of one KPI or case is {@code <kind>/<id>}, a folder per kind
 * with the id as the whole file name, so no id can spell another chart's name (under the old
 * {@code kpi-<id>-spark}, KPI {@code K1-spark} and the sparkline of {@code K1} shared a file). The
 * portfolio charts sit beside the folders and end in {@code .svg}, so they cannot meet one either. Ids
 * that differ only in case, or that Windows reserves, are refused by the checker (as for pages).
 */
public final class ChartNames {

    public static final String ROADMAP_TIMELINE = "roadmap-timeline";
    public static final String PORTFOLIO_NPV_ASK = "portfolio-npv-ask";
    public static final String PORTFOLIO_KPI_STATUS = "portfolio-kpi-status";
    public static final String PORTFOLIO_RISKS = "portfolio-risks";

    private ChartNames() {
    }

    public static String kpiTrend(String kpiId) {
        return "kpi-trend/" + kpiId;
    }

    public static String kpiSparkline(String kpiId) {
        return "kpi-sparkline/" + kpiId;
    }

    public static String caseCumulative(String caseId) {
        return "case-cumulative/" + caseId;
    }

    public static String caseTornado(String caseId) {
        return "case-tornado/" + caseId;
    }

    public static String caseScenarios(String caseId) {
        return "case-scenarios/" + caseId;
    }

    public static String caseRisks(String caseId) {
        return "case-risks/" + caseId;
    }

    /** A chart of the user's own charts table. */
    public static String userChart(String chartId) {
        return "user/" + chartId;
    }

    /** The timeline excerpt of one case's linked initiatives. */
    public static String caseTimeline(String caseId) {
        return "case-timeline/" + caseId;
    }
}
