package io.roadcase.pdf;

import com.lowagie.text.Phrase;
import io.roadcase.chart.Chart;
import io.roadcase.chart.ChartNames;
import io.roadcase.look.Formats;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Report;
import io.roadcase.model.ShownText;
import java.util.List;
import java.util.Map;

/** The KPI scorecard: current value against target, status in words and a sparkline. */
final class KpiScorecard {

    private KpiScorecard() {
    }

    static void add(BriefDocument doc, Report report, List<String> kpiIds, Map<String, Chart> charts) {
        Formats f = doc.formats;
        TableBuilder t = new TableBuilder(doc, 2.4f, 1.1f, 1.1f, 1.6f, 1, 1.4f).numeric(1, 2)
                .header("KPI", "Current", "Target", "Status", "Trend", "Last 12 values")
                .more("KPIs: see the KPI page on the site");
        Typesetter.Style small = Typesetter.BODY.withSize(BriefTheme.SMALL);
        for (String id : kpiIds) {
            KpiFigures k = report.kpi(id);
            if (k == null) {
                continue;
            }
            if (t.full()) {
                // Counted as left out without drawing a sparkline nobody sees.
                t.leaveOut();
                continue;
            }
            Phrase[] cells = {
                doc.type.phrase(ShownText.cut(k.kpi().name(), ShownText.BRIEF_CELL), small.asBold()),
                // A value carries the KPI's unit, which is cell text too.
                doc.type.phrase(ShownText.cut(f.kpiValue(k.kpi(), k.latest() == null ? null : k.latest().value()),
                        ShownText.BRIEF_CELL), small),
                doc.type.phrase(ShownText.cut(f.kpiValue(k.kpi(), k.target()), ShownText.BRIEF_CELL), small),
                doc.type.phrase(Words.kpiStatus(k.status()), small.asBold().withColor(Words.kpiColor(k.status()))),
                doc.type.phrase(Words.of(k.trend()), small),
                doc.type.phrase("", small)};
            Chart spark = charts.get(ChartNames.kpiSparkline(id));
            t.rowWithImage(cells, 5, spark == null ? null : doc.chart(spark, 80, 18));
        }
        t.addTo();
    }
}
