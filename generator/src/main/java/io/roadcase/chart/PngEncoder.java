package io.roadcase.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A chart as a PNG at twice its size (sharp on high-density screens). ImageIO's PNG writer adds no
 * time or metadata, so the bytes depend only on the drawing. Very tall charts (a timeline of hundreds
 * of initiatives) are drawn at 1× to bound memory.
 *
 * <p>Charts are flat colours plus antialiased edges, so an 8-bit {@link Palette} of their most used
 * colours looks the same and halves the file.
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
        return Palette.reduce(image)
                .map(p -> IndexedPng.write(image.getWidth(), image.getHeight(), p.colours(), p))
                .orElseGet(() -> write(image));
    }

    /** A full-colour PNG, for an image with too many colours for a palette. */
    private static byte[] write(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.2f); // deflate level 7 (rare: no chart has this many colours)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
