package io.roadcase.chart;

import java.awt.Graphics2D;
import java.util.function.Consumer;

/** A chart for tests: a name (also its title and description), a size, and what it paints. */
record PaintedChart(String name, String title, String description, int width, int height, Consumer<Graphics2D> painter)
        implements Chart {

    PaintedChart(String name, int width, int height, Consumer<Graphics2D> painter) {
        this(name, name, name, width, height, painter);
    }

    @Override
    public void paint(Graphics2D g) {
        painter.accept(g);
    }
}
