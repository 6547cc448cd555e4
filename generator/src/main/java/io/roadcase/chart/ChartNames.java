package io.roadcase.chart;

/**
 * The file names (without extension) of every chart, shared by the chart stage that writes
 * {@code charts/<name>.svg} and {@code .png} and the pages that link to them.
 */
public final class ChartNames {

    public static final String ROADMAP_TIMELINE = "roadmap-timeline";
    public static final String PORTFOLIO_NPV_ASK = "portfolio-npv-ask";
    public static final String PORTFOLIO_KPI_STATUS = "portfolio-kpi-status";
    public static final String PORTFOLIO_RISKS = "portfolio-risks";

    private ChartNames() {
    }

    public static String kpiTrend(String kpiId) {
        return "kpi-" + kpiId;
    }

    public static String kpiSparkline(String kpiId) {
        return "kpi-" + kpiId + "-spark";
    }

    public static String caseCumulative(String caseId) {
        return "case-" + caseId + "-cumulative";
    }

    public static String caseTornado(String caseId) {
        return "case-" + caseId + "-tornado";
    }

    public static String caseScenarios(String caseId) {
        return "case-" + caseId + "-scenarios";
    }

    public static String caseRisks(String caseId) {
        return "case-" + caseId + "-risks";
    }

    /** The timeline excerpt of one case's linked initiatives. */
    public static String caseTimeline(String caseId) {
        return "case-" + caseId + "-timeline";
    }
}
