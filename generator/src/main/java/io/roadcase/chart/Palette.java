package io.roadcase.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Optional;

/**
 * Up to 256 colours for an 8-bit PNG: the colours a chart uses most, each other colour mapped to the
 * nearest of them. A chart's flat fills, lines and text are its most used colours and stay exact;
 * only rare antialiasing shades move, by a shade. No dithering: it would add noise around text.
 */
final class Palette {

    static final int MAX_COLOURS = 256;

    /**
     * More distinct colours than this is not a flat chart (say, a photo): keep full colour. A timeline
     * of 2,000 initiatives has about 20,000 (antialiased text in many colours).
     */
    static final int MAX_DISTINCT = 65_536;

    private final int[] colours;
    private final ColourCounts indexes;

    private Palette(int[] colours, ColourCounts indexes) {
        this.colours = colours;
        this.indexes = indexes;
    }

    /** The palette of an RGB image, or empty when it has too many distinct colours. */
    static Optional<Palette> of(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            return Optional.empty();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ColourCounts counts = new ColourCounts(MAX_DISTINCT);
        // Pixels come in runs of one colour (background, bars): count a run at once.
        int run = 0;
        int colour = pixels.length == 0 ? 0 : pixels[0] & 0xFFFFFF;
        for (int p : pixels) {
            int c = p & 0xFFFFFF;
            if (c != colour) {
                if (!counts.add(colour, run)) {
                    return Optional.empty();
                }
                colour = c;
                run = 0;
            }
            run++;
        }
        if (run > 0 && !counts.add(colour, run)) {
            return Optional.empty();
        }
        int[] distinct = counts.keys();
        // Most used first; ties by colour value so the palette (and the file) is always the same.
        long[] order = new long[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            order[i] = ((long) (Integer.MAX_VALUE - counts.get(distinct[i])) << 24) | distinct[i];
        }
        Arrays.sort(order);
        int[] colours = new int[Math.min(MAX_COLOURS, distinct.length)];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = (int) (order[i] & 0xFFFFFF);
        }
        ColourCounts indexes = new ColourCounts(distinct.length);
        for (int c : distinct) {
            indexes.add(c, nearest(colours, c));
        }
        return Optional.of(new Palette(colours, indexes));
    }

    int[] colours() {
        return colours;
    }

    /** The palette index for a pixel of the image this palette was made from. */
    int indexOf(int rgb) {
        return indexes.get(rgb & 0xFFFFFF);
    }

    private static int nearest(int[] colours, int c) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colours.length && bestDistance > 0; i++) {
            long d = distance(colours[i], c);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    // Weighted like the eye: green differences show most, blue least.
    private static long distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return 3L * dr * dr + 4L * dg * dg + 2L * db * db;
    }

    /**
     * An int-to-int hash table without boxing (a 2× chart has millions of pixels), growing as colours
     * are added, up to a limit of distinct keys.
     */
    private static final class ColourCounts {

        private static final int EMPTY = -1; // colours are 24-bit, so never -1

        private final int limit;
        private int[] keys;
        private int[] values;
        private int size;

        ColourCounts(int limit) {
            this.limit = limit;
            keys = new int[1024];
            values = new int[1024];
            Arrays.fill(keys, EMPTY);
        }

        /** Adds {@code amount} to the value of {@code key}; false when a new key would exceed the limit. */
        boolean add(int key, int amount) {
            int slot = slot(keys, key);
            if (keys[slot] == EMPTY) {
                if (size == limit) {
                    return false;
                }
                if (2 * (size + 1) > keys.length) {
                    grow();
                    slot = slot(keys, key);
                }
                keys[slot] = key;
                size++;
            }
            values[slot] += amount;
            return true;
        }

        int get(int key) {
            return values[slot(keys, key)];
        }

        int[] keys() {
            int[] out = new int[size];
            int n = 0;
            for (int k : keys) {
                if (k != EMPTY) {
                    out[n++] = k;
                }
            }
            return out;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        private static int slot(int[] keys, int key) {
            int mask = keys.length - 1;
            int slot = (key * 0x9E3779B1 >>> 8) & mask;
            while (keys[slot] != EMPTY && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
