package io.roadcase.chart;

import io.roadcase.look.Formats;
import io.roadcase.model.KpiStatus;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/** How many KPIs are in each status, as horizontal bars named by the status in words. */
final class KpiStatusChart extends FramedChart {

    private static final int WIDTH = 560;
    private static final double ROW = 30;
    private static final double LABEL_COLUMN = 110;

    private final Map<KpiStatus, Integer> counts;

    KpiStatusChart(Theme theme, Map<KpiStatus, Integer> counts) {
        super(theme, ChartNames.PORTFOLIO_KPI_STATUS, "KPI status", describe(counts), WIDTH);
        this.counts = Map.copyOf(counts);
    }

    private static String describe(Map<KpiStatus, Integer> counts) {
        StringBuilder s = new StringBuilder("Number of KPIs by status:");
        for (KpiStatus status : KpiStatus.values()) {
            s.append(' ').append(Formats.word(status)).append(' ').append(counts.getOrDefault(status, 0))
                    .append(',');
        }
        s.setCharAt(s.length() - 1, '.');
        return s.toString();
    }

    @Override
    public int height() {
        return (int) Math.ceil(headerHeight() + KpiStatus.values().length * ROW + 8 + MARGIN);
    }

    @Override
    String subtitle() {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return total + (total == 1 ? " KPI" : " KPIs");
    }

    @Override
    void paintBody(Canvas c, Rectangle2D area) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        Font font = theme.regular(10.5f);
        Font bold = theme.bold(10.5f);
        double left = area.getMinX() + LABEL_COLUMN;
        double room = area.getMaxX() - left - 40;
        KpiStatus[] statuses = KpiStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            KpiStatus status = statuses[i];
            int n = counts.getOrDefault(status, 0);
            double mid = area.getMinY() + ROW * (i + 0.5);
            double baseline = mid + Canvas.ascent(font) / 2 - 1;
            c.label(Formats.word(status), font, Theme.INK, left - 10, baseline, Canvas.Align.RIGHT,
                    LABEL_COLUMN - 10);
            double w = room * n / max;
            if (n > 0) {
                c.fill(new Rectangle2D.Double(left, mid - ROW * 0.3, w, ROW * 0.6), Theme.kpiStatus(status));
            }
            c.text(String.valueOf(n), bold, Theme.INK, left + w + 6, baseline, Canvas.Align.LEFT);
        }
        c.line(left, area.getMinY(), left, area.getMinY() + ROW * statuses.length, Theme.AXIS, 1f);
    }
}
