package io.roadcase.chart;

import java.awt.Graphics2D;

/**
 * One chart, drawn once onto any {@link Graphics2D}: the SVG encoder, the PNG encoder and a PDF page
 * all call {@link #paint}.
 */
public interface Chart {

    /** File name without extension, unique in the site: see {@link ChartNames}. */
    String name();

    /** Short title, also the SVG {@code <title>}. */
    String title();

    /** What the chart shows in words (the SVG {@code <desc>} and the image's alt text). */
    String description();

    /** Width in points (CSS pixels) at 1×. */
    int width();

    /** Height in points (CSS pixels) at 1×. */
    int height();

    /** Draws the whole chart in the box (0, 0, width, height). */
    void paint(Graphics2D g);
}
