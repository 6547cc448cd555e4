package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The 8-bit PNG writer: what ImageIO reads back is exactly the palette and the indexes written. */
class IndexedPngTest {

    @Test
    void manyRowsSpanningSeveralStagingBuffersReadBackExactly() throws IOException {
        roundTrip(300, 1_000); // 301 KB of rows: five staging buffers and a part
    }

    @Test
    void oneRowLongerThanTheStagingBufferReadsBackExactly() throws IOException {
        roundTrip(70_001, 3);
    }

    @Test
    void theSameImageGivesTheSameBytes() {
        byte[] indexes = indexes(640, 480, 7);
        int[] palette = palette();
        assertThat(IndexedPng.write(640, 480, palette, indexes))
                .isEqualTo(IndexedPng.write(640, 480, palette, indexes.clone()));
    }

    private static void roundTrip(int width, int height) throws IOException {
        byte[] indexes = indexes(width, height, width);
        int[] palette = palette();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(IndexedPng.write(width, height, palette, indexes)));

        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        IndexColorModel model = (IndexColorModel) image.getColorModel();
        assertThat(model.getMapSize()).isEqualTo(palette.length);
        for (int i = 0; i < palette.length; i++) {
            assertThat(model.getRGB(i) & 0xFFFFFF).isEqualTo(palette[i]);
        }
        assertThat(((DataBufferByte) image.getRaster().getDataBuffer()).getData()).isEqualTo(indexes);
    }

    /** Runs of one index (like a chart's fills) with noise between them, so rows differ. */
    private static byte[] indexes(int width, int height, long seed) {
        Random random = new Random(seed);
        byte[] indexes = new byte[width * height];
        int i = 0;
        while (i < indexes.length) {
            int run = 1 + random.nextInt(random.nextBoolean() ? 4 : 400);
            byte index = (byte) random.nextInt(256);
            for (int end = Math.min(indexes.length, i + run); i < end; i++) {
                indexes[i] = index;
            }
        }
        return indexes;
    }

    private static int[] palette() {
        int[] palette = new int[256];
        for (int i = 0; i < palette.length; i++) {
            palette[i] = i * 0x010307 & 0xFFFFFF;
        }
        return palette;
    }
}
