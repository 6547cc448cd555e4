package io.roadcase.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A chart as a PNG at twice its size (sharp on high-density screens). ImageIO's PNG writer adds no
 * time or metadata, so the bytes depend only on the drawing. Very tall charts (a timeline of hundreds
 * of initiatives) are drawn at 1× to bound memory.
 */
final class PngEncoder {

    /** Above this many pixels at 2× the chart is drawn at 1× (about 100 MB of RGB raster). */
    static final long MAX_PIXELS = 24_000_000L;

    static {
        // The writer otherwise buffers through temporary files.
        ImageIO.setUseCache(false);
    }

    private PngEncoder() {
    }

    static int scale(Chart chart) {
        return 4L * chart.width() * chart.height() <= MAX_PIXELS ? 2 : 1;
    }

    static byte[] encode(Chart chart) {
        int scale = scale(chart);
        BufferedImage image = new BufferedImage(chart.width() * scale, chart.height() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
