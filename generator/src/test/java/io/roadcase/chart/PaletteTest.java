package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void flatColoursOfAChartStayExactInTheEightBitPng() throws IOException {
        Chart chart = Charts.of(io.roadcase.Fixtures.report()).get(0);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(chart)));

        assertThat(png.getColorModel().getPixelSize()).isLessThanOrEqualTo(8);
        Set<Integer> colours = colours(png);
        assertThat(colours).contains(Theme.BACKGROUND.getRGB() & 0xFFFFFF, Theme.INK.getRGB() & 0xFFFFFF);
    }

    @Test
    void antialiasedShadesMapToTheNearestPaletteColour() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        for (int i = 0; i < 300; i++) {
            // 300 flat colours in stripes of different widths, plus antialiased circles between them
            g.setColor(new Color(i * 0x010203 & 0xFFFFFF));
            g.fillRect(i, 0, 1, 100 + i % 50);
        }
        g.setColor(Theme.INK);
        g.fillOval(50, 250, 120, 120);
        g.dispose();

        int[] before = image.getRGB(0, 0, 400, 400, null, 0, 400);
        Palette palette = Palette.reduce(image).orElseThrow();

        assertThat(palette.colours()).hasSize(Palette.MAX_COLOURS);
        int[] colours = palette.colours();
        byte[] indexes = palette.indexes();
        assertThat(indexes).hasSize(before.length);
        Set<Integer> kept = new HashSet<>();
        for (int c : colours) {
            kept.add(c);
        }
        int exact = 0;
        for (int i = 0; i < before.length; i++) {
            int rgb = before[i] & 0xFFFFFF;
            int mapped = colours[indexes[i] & 0xFF];
            if (kept.contains(rgb)) {
                assertThat(mapped).as("pixel %d", i).isEqualTo(rgb);
                exact++;
            } else {
                assertThat(Palette.distance(mapped, rgb)).as("pixel %d", i).isEqualTo(nearest(colours, rgb));
            }
        }
        assertThat(exact).isGreaterThan(before.length * 9 / 10);
        int white = Color.WHITE.getRGB() & 0xFFFFFF;
        assertThat(colours[indexes[399 * 400 + 399] & 0xFF]).isEqualTo(white);
        int ink = Theme.INK.getRGB() & 0xFFFFFF;
        assertThat(colours[indexes[310 * 400 + 110] & 0xFF]).isEqualTo(ink);
    }

    @Test
    void imageWithTooManyColoursKeepsFullColour() {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                // 90,000 different colours (97 is odd, so i * 97 never repeats below 2^24)
                image.setRGB(x, y, (y * 300 + x) * 97 & 0xFFFFFF);
            }
        }
        assertThat(300 * 300).isGreaterThan(Palette.MAX_DISTINCT);
        int[] before = image.getRGB(0, 0, 300, 300, null, 0, 300);

        assertThat(Palette.reduce(image)).isEmpty();
        assertThat(image.getRGB(0, 0, 300, 300, null, 0, 300)).as("image left as it was").isEqualTo(before);
    }

    @Test
    void runEndFindsTheFirstDifferentPixelShortOrLong() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 2_000; round++) {
            int[] pixels = new int[1 + random.nextInt(300)];
            int colour = 0;
            for (int i = 0; i < pixels.length; i++) {
                if (random.nextInt(round % 3 == 0 ? 3 : 60) == 0) {
                    colour = random.nextInt(4);
                }
                pixels[i] = colour;
            }
            int from = random.nextInt(pixels.length);
            int end = from + 1 + random.nextInt(pixels.length - from);
            int expected = from + 1;
            while (expected < end && pixels[expected] == pixels[from]) {
                expected++;
            }
            assertThat(Palette.runEnd(pixels, from, end)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void pngOfRowsRepeatedAcrossTheWritersBuffersHasEveryPixel() throws IOException {
        // 700 rows of 300 pixels: blocks of repeated rows run across the writer's 64 KB buffers, and
        // more than 256 colours make some pixels map to their nearest palette colour.
        BufferedImage image = new BufferedImage(300, 700, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(5);
        int[] row = new int[300];
        for (int y = 0; y < 700; y++) {
            if (y % 37 == 0 || random.nextInt(10) == 0) {
                for (int x = 0; x < 300; x++) {
                    row[x] = x % 50 < 25 ? 0xFFFFFF : random.nextInt(400) * 0x010101 & 0xFFFFFF;
                }
            }
            image.setRGB(0, y, 300, 1, row, 0, 300);
        }
        int[] before = image.getRGB(0, 0, 300, 700, null, 0, 300);
        Palette palette = Palette.reduce(image).orElseThrow();
        byte[] indexes = palette.indexes();

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(
                new PaintedChart("rows", 150, 350, g -> g.drawImage(image, 0, 0, 150, 350, null)))));

        assertThat(png.getWidth()).isEqualTo(300);
        for (int i = 0; i < before.length; i++) {
            int expected = palette.colours()[indexes[i] & 0xFF];
            assertThat(Palette.distance(expected, before[i] & 0xFFFFFF))
                    .as("pixel %d", i).isEqualTo(nearest(palette.colours(), before[i] & 0xFFFFFF));
            assertThat(png.getRGB(i % 300, i / 300) & 0xFFFFFF).as("pixel %d in the PNG", i).isEqualTo(expected);
        }
    }

    @Test
    void nearestByGreenIsTheFirstNearestOfAllColours() {
        java.util.Random random = new java.util.Random(20);
        for (int round = 0; round < 200; round++) {
            // Few levels per channel in some rounds, so that distances tie often.
            int levels = round % 2 == 0 ? 4 : 256;
            int[] colours = random.ints(1 + random.nextInt(Palette.MAX_COLOURS), 0, 1 << 24)
                    .map(c -> quantise(c, levels)).distinct().toArray();
            Palette.ByGreen byGreen = new Palette.ByGreen(colours);
            for (int i = 0; i < 500; i++) {
                int rgb = random.nextInt(1 << 24);
                assertThat(byGreen.of(rgb)).as("colour %06x in round %d", rgb, round)
                        .isEqualTo(firstNearest(colours, rgb));
            }
            for (int i = 0; i < colours.length; i++) {
                assertThat(byGreen.of(colours[i])).isEqualTo(i);
            }
        }
    }

    private static int quantise(int rgb, int levels) {
        int step = 256 / levels;
        return (((rgb >> 16) & 0xFF) / step * step) << 16 | (((rgb >> 8) & 0xFF) / step * step) << 8
                | (rgb & 0xFF) / step * step;
    }

    /** What the palette did before: try every colour in order, keep the first of the least distance. */
    private static int firstNearest(int[] colours, int rgb) {
        int best = 0;
        for (int i = 1; i < colours.length; i++) {
            if (Palette.distance(colours[i], rgb) < Palette.distance(colours[best], rgb)) {
                best = i;
            }
        }
        return best;
    }

    private static long nearest(int[] colours, int rgb) {
        long best = Long.MAX_VALUE;
        for (int c : colours) {
            best = Math.min(best, Palette.distance(c, rgb));
        }
        return best;
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }
}
