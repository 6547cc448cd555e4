package io.roadcase.pdf;

import io.roadcase.chart.Chart;
import io.roadcase.chart.ChartNames;
import io.roadcase.model.Report;
import io.roadcase.model.UserChartFigures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The user's own charts placed on a case's page or on a portfolio page, in that brief: each chart
 * (vector), its note, and its data as a table, since XChart draws the chart's words as outlines.
 */
final class UserChartSection {

    /** A brief shows this many rows of a chart's data; the site shows all. */
    static final int MOST_ROWS = 40;

    private UserChartSection() {
    }

    /** @param brief {@code portfolio} or a funding case id */
    static void add(BriefDocument doc, Report report, Map<String, Chart> charts, String brief) {
        List<UserChartFigures> placed = report.userCharts().stream().filter(u -> brief.equals(u.brief())).toList();
        if (placed.isEmpty()) {
            return;
        }
        doc.section("Charts", false);
        MarkdownBlocks markdown = new MarkdownBlocks(doc.type, doc.theme.brand());
        for (UserChartFigures u : placed) {
            doc.subsection(u.chart().title());
            Chart chart = charts.get(ChartNames.userChart(u.id()));
            if (chart != null) {
                doc.keepRoom(160);
                doc.figure(chart, 300);
            }
            markdown.render(u.chart().note()).forEach(doc::add);
            table(doc, u);
        }
    }

    private static void table(BriefDocument doc, UserChartFigures u) {
        List<String> head = u.table().get(0);
        float[] widths = new float[head.size()];
        Arrays.fill(widths, 1);
        widths[0] = 1.6f;
        int[] numeric = new int[head.size() - 1];
        Arrays.setAll(numeric, i -> i + 1);
        TableBuilder t = new TableBuilder(doc, widths).numeric(numeric).header(head.toArray(String[]::new));
        int rows = u.table().size() - 1;
        u.table().stream().skip(1).limit(MOST_ROWS).forEach(row -> t.row(row.toArray(String[]::new)));
        t.addTo();
        if (rows > MOST_ROWS) {
            doc.paragraph("The first " + MOST_ROWS + " of " + rows + " rows; the site's page of this chart lists all.",
                    Typesetter.BODY.withColor(BriefTheme.MUTED));
        }
    }
}
