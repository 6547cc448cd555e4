package io.roadcase.chart;

import io.roadcase.look.Formats;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RiskRating;
import io.roadcase.model.RiskStatus;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Risks on a 5 × 5 likelihood × impact grid coloured by rating, each risk a numbered badge in its cell
 * and a line in the list beside the grid (number, text, score and rating in words). Closed risks are
 * grey. The list makes the image taller when there are many risks.
 */
final class RiskHeatMap extends FramedChart {

    private static final int WIDTH = 760;
    private static final double CELL = 58;
    private static final double AXIS = 34;
    private static final double LIST_ROW = 20;
    private static final int PER_ROW = 3;
    private static final int PER_CELL = 9;

    private final List<RiskFigures> risks;

    RiskHeatMap(Theme theme, String name, String title, List<RiskFigures> risks) {
        super(theme, name, title, describe(title, risks), WIDTH);
        this.risks = List.copyOf(risks);
    }

    private static String describe(String title, List<RiskFigures> risks) {
        StringBuilder s = new StringBuilder(Canvas.clean(title)).append(": ").append(risks.size())
                .append(risks.size() == 1 ? " risk" : " risks").append(" by likelihood and impact.");
        for (int i = 0; i < risks.size(); i++) {
            s.append(' ').append(i + 1).append(". ").append(line(risks.get(i)));
        }
        return s.toString();
    }

    /** One risk in words: {@code Payment provider delays API: likelihood 3 × impact 4 = 12, high}. */
    static String line(RiskFigures r) {
        return Canvas.clean(r.risk().risk()) + ": likelihood " + r.risk().likelihood() + " × impact "
                + r.risk().impact() + " = " + r.score() + ", " + r.rating().word()
                + (r.risk().status() == RiskStatus.CLOSED ? " (closed)" : "");
    }

    @Override
    public int height() {
        double grid = 5 * CELL + AXIS + 22;
        double list = risks.size() * LIST_ROW + 24 + 4 * LIST_ROW;
        return (int) Math.ceil(headerHeight() + Math.max(grid, list) + MARGIN);
    }

    @Override
    String subtitle() {
        long open = risks.stream().filter(r -> r.risk().status() != RiskStatus.CLOSED).count();
        return risks.size() + (risks.size() == 1 ? " risk" : " risks") + ", " + open + " open · score = likelihood × impact";
    }

    /** Rating of a grid cell, by the score bands of METRICS.md, so empty cells are coloured too. */
    private static RiskRating cellRating(int score) {
        return score <= 3 ? RiskRating.LOW : score <= 6 ? RiskRating.MEDIUM : score <= 12 ? RiskRating.HIGH
                : RiskRating.CRITICAL;
    }

    @Override
    void paintBody(Canvas c, Rectangle2D area) {
        Font font = theme.regular(10f);
        Font bold = theme.bold(10f);
        double gx = area.getMinX() + AXIS;
        double gy = area.getMinY() + 16;
        c.text("Likelihood", bold, Theme.INK, area.getMinX(), area.getMinY() + 8, Canvas.Align.LEFT);
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                Rectangle2D cell = new Rectangle2D.Double(gx + (i - 1) * CELL, gy + (5 - l) * CELL, CELL, CELL);
                c.fill(cell, Theme.riskRating(cellRating(l * i)));
                c.stroke(cell, Theme.BACKGROUND, 2f);
            }
            double mid = gy + (5 - l) * CELL + CELL / 2;
            c.text(String.valueOf(l), font, Theme.MUTED, gx - 10, mid + Canvas.ascent(font) / 2, Canvas.Align.RIGHT);
        }
        for (int i = 1; i <= 5; i++) {
            c.text(String.valueOf(i), font, Theme.MUTED, gx + (i - 0.5) * CELL, gy + 5 * CELL + 14, Canvas.Align.CENTER);
        }
        c.text("Impact", bold, Theme.INK, gx + 2.5 * CELL, gy + 5 * CELL + 30, Canvas.Align.CENTER);
        paintBadges(c, gx, gy);
        paintList(c, gx + 5 * CELL + 28, area);
    }

    private void paintBadges(Canvas c, double gx, double gy) {
        List<List<Integer>> cells = new ArrayList<>();
        for (int k = 0; k < 25; k++) {
            cells.add(new ArrayList<>());
        }
        for (int n = 0; n < risks.size(); n++) {
            int l = clamp(risks.get(n).risk().likelihood());
            int i = clamp(risks.get(n).risk().impact());
            cells.get((l - 1) * 5 + i - 1).add(n);
        }
        Font more = theme.bold(9f);
        for (int k = 0; k < 25; k++) {
            List<Integer> inCell = cells.get(k);
            int l = k / 5 + 1;
            int i = k % 5 + 1;
            double x0 = gx + (i - 1) * CELL + 4 + Badge.RADIUS;
            double y0 = gy + (5 - l) * CELL + 4 + Badge.RADIUS;
            for (int j = 0; j < inCell.size(); j++) {
                double bx = x0 + (j % PER_ROW) * (2 * Badge.RADIUS + 2.5);
                double by = y0 + (j / PER_ROW) * (2 * Badge.RADIUS + 2.5);
                if (j == PER_CELL - 1 && inCell.size() > PER_CELL) {
                    c.text("+" + (inCell.size() - j), more, Theme.INK, bx - Badge.RADIUS, by + 3, Canvas.Align.LEFT);
                    break;
                }
                int n = inCell.get(j);
                Badge.draw(c, String.valueOf(n + 1), bx, by, badgeColor(risks.get(n)));
            }
        }
    }

    private static int clamp(int scale) {
        return Math.max(1, Math.min(5, scale));
    }

    private static Color badgeColor(RiskFigures r) {
        return r.risk().status() == RiskStatus.CLOSED ? Theme.GREY : Theme.INK;
    }

    private void paintList(Canvas c, double x, Rectangle2D area) {
        Font font = theme.regular(10f);
        double width = area.getMaxX() - x;
        double y = area.getMinY() + 4;
        for (RiskRating rating : RiskRating.values()) {
            c.fill(new Rectangle2D.Double(x, y, 14, 12), Theme.riskRating(rating));
            String bands = switch (rating) {
                case LOW -> "score 1–3";
                case MEDIUM -> "score 4–6";
                case HIGH -> "score 8–12";
                case CRITICAL -> "score 15–25";
            };
            c.label(Formats.word(rating) + " (" + bands + ")", font, Theme.INK, x + 20, y + 10, Canvas.Align.LEFT,
                    width - 20);
            y += LIST_ROW;
        }
        y += 8;
        for (int n = 0; n < risks.size(); n++) {
            RiskFigures r = risks.get(n);
            Badge.draw(c, String.valueOf(n + 1), x + Badge.RADIUS, y + LIST_ROW / 2, badgeColor(r));
            c.label(line(r), font, Theme.INK, x + 2 * Badge.RADIUS + 6, y + LIST_ROW / 2 + Canvas.ascent(font) / 2 - 1,
                    Canvas.Align.LEFT, width - 2 * Badge.RADIUS - 6);
            y += LIST_ROW;
        }
    }
}
