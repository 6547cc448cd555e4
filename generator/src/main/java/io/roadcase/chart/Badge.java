package io.roadcase.chart;

import java.awt.Color;
import java.awt.Font;

/** A small numbered disc that ties a mark in a chart to a line of text in its legend. */
final class Badge {

    static final double RADIUS = 7;

    private Badge() {
    }

    static void draw(Canvas c, String number, double x, double y, Color color) {
        Font font = c.theme().bold(number.length() > 2 ? 6.5f : 8f);
        c.fill(Canvas.dot(x, y, RADIUS), color);
        c.text(number, font, Theme.BACKGROUND, x, y + Canvas.ascent(font) / 2 - 0.8, Canvas.Align.CENTER);
    }
}
