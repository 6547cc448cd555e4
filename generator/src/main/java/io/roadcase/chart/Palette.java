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

    /** More distinct colours than this is not a flat chart (say, a photo): keep full colour. */
    static final int MAX_DISTINCT = 16_384;

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
        for (int p : pixels) {
            if (!counts.add(p & 0xFFFFFF)) {
                return Optional.empty();
            }
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
            indexes.put(c, nearest(colours, c));
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

    /** An int-to-int hash table without boxing: a 2× chart has millions of pixels. */
    private static final class ColourCounts {

        private static final int EMPTY = -1; // colours are 24-bit, so never -1

        private final int limit;
        private final int[] keys;
        private final int[] values;
        private int size;

        ColourCounts(int limit) {
            this.limit = limit;
            int capacity = Integer.highestOneBit(Math.max(16, limit) * 2) * 2;
            keys = new int[capacity];
            values = new int[capacity];
            Arrays.fill(keys, EMPTY);
        }

        /** Counts one more of {@code key}; false when that would exceed the limit of distinct keys. */
        boolean add(int key) {
            int slot = slot(key);
            if (keys[slot] == EMPTY) {
                if (size == limit) {
                    return false;
                }
                keys[slot] = key;
                size++;
            }
            values[slot]++;
            return true;
        }

        void put(int key, int value) {
            int slot = slot(key);
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                size++;
            }
            values[slot] = value;
        }

        int get(int key) {
            return values[slot(key)];
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

        private int slot(int key) {
            int mask = keys.length - 1;
            int slot = (key * 0x9E3779B1) >>> 7 & mask;
            while (keys[slot] != EMPTY && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
