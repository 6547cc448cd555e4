package io.roadcase.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Optional;

/**
 * An image reduced to up to 256 colours for an 8-bit PNG: the colours it uses most, each other
 * colour mapped to the nearest of them, and for every pixel the index of its colour. A chart's flat
 * fills, lines and text are its most used colours and stay exact; only rare antialiasing shades move,
 * by a shade. No dithering: it would add noise around text.
 */
final class Palette implements IndexedPng.Rows {

    static final int MAX_COLOURS = 256;

    /**
     * More distinct colours than this is not a flat chart (say, a photo): keep full colour. A timeline
     * of 2,000 initiatives has about 20,000 (antialiased text in many colours).
     */
    static final int MAX_DISTINCT = 65_536;

    private final int[] colours;
    private final int width;
    private final int[] pixels;
    /** For each row, the row it repeats pixel for pixel (itself when it differs from the row above). */
    private final int[] sourceRow;
    private final ColourIds ids;
    private final byte[] indexOfId;

    private Palette(int[] colours, int width, int[] pixels, int[] sourceRow, ColourIds ids, byte[] indexOfId) {
        this.colours = colours;
        this.width = width;
        this.pixels = pixels;
        this.sourceRow = sourceRow;
        this.ids = ids;
        this.indexOfId = indexOfId;
    }

    /**
     * The palette of an RGB image, or empty when it has too many distinct colours. The palette reads
     * the image's pixels when its indexes are copied: the image must not change until then.
     */
    static Optional<Palette> reduce(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            return Optional.empty();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ColourIds ids = new ColourIds(MAX_DISTINCT);
        int[] sourceRow = ids.number(pixels, image.getWidth());
        if (sourceRow == null) {
            return Optional.empty();
        }
        int distinct = ids.size();
        // Most used first; ties by colour value so the palette (and the file) is always the same.
        long[] order = new long[distinct];
        for (int id = 0; id < distinct; id++) {
            order[id] = ((long) (Integer.MAX_VALUE - ids.count(id)) << 24) | ids.colour(id);
        }
        Arrays.sort(order);
        int[] colours = new int[Math.min(MAX_COLOURS, distinct)];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = (int) (order[i] & 0xFFFFFF);
        }
        byte[] indexOfId = new byte[distinct];
        ByGreen nearest = new ByGreen(colours);
        for (int id = 0; id < distinct; id++) {
            indexOfId[id] = (byte) nearest.of(ids.colour(id));
        }
        return Optional.of(new Palette(colours, image.getWidth(), pixels, sourceRow, ids, indexOfId));
    }

    int[] colours() {
        return colours;
    }

    /** The palette index of each pixel, row by row, in a new array (the PNG writer uses {@link #copy}). */
    byte[] indexes() {
        byte[] indexes = new byte[pixels.length];
        for (int row = 0; row < sourceRow.length; row++) {
            copy(row, indexes, row * width);
        }
        return indexes;
    }

    /** The row whose palette indexes this row repeats: itself, or a row above it. */
    @Override
    public int sourceRow(int row) {
        return sourceRow[row];
    }

    /**
     * Copies the palette indexes of one row. The PNG writer takes them row by row into its own buffer
     * (a whole-image array of indexes in between cost a pass and a byte per pixel), and copies a
     * repeated row it still has from there instead (see {@link #sourceRow}).
     */
    @Override
    public void copy(int row, byte[] into, int at) {
        int start = sourceRow[row] * width;
        int end = start + width;
        for (int i = start; i < end; ) {
            int runEnd = runEnd(pixels, i, end);
            fill(into, at + i - start, at + runEnd - start, indexOfId[ids.find(pixels[i] & 0xFFFFFF)]);
            i = runEnd;
        }
    }

    /**
     * Where the run of pixels equal to {@code pixels[i]} ends (at most {@code end}). A chart's rows are
     * mostly long runs (background, bars, gridlines): past a few pixels the run is compared with itself
     * one pixel on, which the JVM does many pixels at a time, even in code compiled only by C1.
     */
    static int runEnd(int[] pixels, int i, int end) {
        int pixel = pixels[i];
        int j = i + 1;
        int few = Math.min(end, i + 8);
        while (j < few && pixels[j] == pixel) {
            j++;
        }
        if (j < few || j == end) {
            return j;
        }
        int differs = Arrays.mismatch(pixels, j, end, pixels, j - 1, end - 1);
        return differs < 0 ? end : j + differs;
    }

    /** Sets {@code into[from..to)} to {@code value}; a long run by doubling copies. */
    private static void fill(byte[] into, int from, int to, byte value) {
        int length = to - from;
        if (length < 32) {
            for (int i = from; i < to; i++) {
                into[i] = value;
            }
            return;
        }
        into[from] = value;
        for (int done = 1; done < length; done *= 2) {
            System.arraycopy(into, from, into, from + done, Math.min(done, length - done));
        }
    }

    /**
     * The nearest palette colour of a colour: of those at the least {@link #distance}, the first in
     * the palette. Trying all 256 for each of a timeline's 20,000 distinct colours (at most 65,536)
     * was a sixth of the Java samples of a large portfolio run. The palette is sorted by green, which
     * weighs most, and searched outwards from the colour's green, stopping on each side where the green
     * difference alone is farther than the best found: the same answer, after a few dozen tries.
     */
    static final class ByGreen {

        private final int[] colours;
        /** Palette indexes sorted by their green, then by index. */
        private final int[] order;
        /** The green of {@code order[k]}, ascending. */
        private final int[] greens;

        ByGreen(int[] colours) {
            this.colours = colours;
            long[] keys = new long[colours.length];
            for (int i = 0; i < colours.length; i++) {
                keys[i] = (long) green(colours[i]) << 32 | i;
            }
            Arrays.sort(keys);
            order = new int[colours.length];
            greens = new int[colours.length];
            for (int k = 0; k < keys.length; k++) {
                order[k] = (int) keys[k];
                greens[k] = (int) (keys[k] >>> 32);
            }
        }

        /** The index of the nearest palette colour; ties go to the lower index. */
        int of(int c) {
            int g = green(c);
            int up = firstAtLeast(g);
            // Distance and index in one long: the least of them is the nearest, ties to the lower index.
            long best = Long.MAX_VALUE;
            for (int k = up; k < order.length && within(greens[k] - g, best); k++) {
                best = Math.min(best, distance(colours[order[k]], c) << 32 | order[k]);
            }
            for (int k = up - 1; k >= 0 && within(g - greens[k], best); k--) {
                best = Math.min(best, distance(colours[order[k]], c) << 32 | order[k]);
            }
            return (int) best;
        }

        /** Whether a colour this far in green alone may still be as near as the best so far. */
        private static boolean within(long greenDifference, long best) {
            return 4 * greenDifference * greenDifference <= best >>> 32;
        }

        private int firstAtLeast(int g) {
            int lo = 0;
            int hi = greens.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (greens[mid] < g) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static int green(int c) {
            return (c >> 8) & 0xFF;
        }
    }

    // Weighted like the eye: green differences show most, blue least.
    static long distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return 3L * dr * dr + 4L * dg * dg + 2L * db * db;
    }

    /**
     * Numbers the distinct colours of an image 0, 1, 2, … in order of first use and counts their
     * pixels, in an int hash table without boxing (a 2× chart has millions of pixels), up to a limit.
     */
    private static final class ColourIds {

        private static final int EMPTY = -1; // colours are 24-bit, so never -1

        private final int limit;
        /** Open addressing, a colour and its id side by side (one cache line per look-up). */
        private int[] table;
        /** How far {@link #home} shifts: 32 less the bits of a slot number. */
        private int shift;
        private int[] colours = new int[256];
        private int[] counts = new int[256];
        private int size;

        ColourIds(int limit) {
            this.limit = limit;
            table = new int[2 * 1024];
            Arrays.fill(table, EMPTY);
            shift = Integer.numberOfLeadingZeros(table.length / 2 - 1);
        }

        /**
         * Numbers the colours of an image and counts their pixels, returning for each row the row it
         * repeats ({@link Palette#sourceRow}); or returns null when there are more than {@code limit}
         * colours. A chart's rows mostly repeat the row above (background, bars, gridlines): such a row
         * is compared with the one above in one call and counted run by run. In the other rows pixels
         * come in runs of one colour, each looked up once ({@link Palette#runEnd}).
         */
        int[] number(int[] pixels, int width) {
            int height = pixels.length / width;
            int[] sourceRow = new int[height];
            int[] runIds = new int[width]; // the runs of the last row that repeated none
            int[] runLengths = new int[width];
            int runs = 0;
            for (int row = 0; row < height; row++) {
                int start = row * width;
                int end = start + width;
                if (row > 0 && Arrays.equals(pixels, start, end, pixels, start - width, start)) {
                    sourceRow[row] = sourceRow[row - 1];
                    for (int r = 0; r < runs; r++) {
                        counts[runIds[r]] += runLengths[r];
                    }
                    continue;
                }
                sourceRow[row] = row;
                runs = 0;
                for (int i = start; i < end; ) {
                    int id = idOf(pixels[i] & 0xFFFFFF);
                    if (id < 0) {
                        return null;
                    }
                    int runEnd = runEnd(pixels, i, end);
                    counts[id] += runEnd - i;
                    runIds[runs] = id;
                    runLengths[runs++] = runEnd - i;
                    i = runEnd;
                }
            }
            return sourceRow;
        }

        /** The id of a colour already numbered. */
        int find(int colour) {
            int slot = home(colour);
            return table[slot] == colour ? table[slot + 1] : table[slot(table, colour) + 1];
        }

        int size() {
            return size;
        }

        int colour(int id) {
            return colours[id];
        }

        int count(int id) {
            return counts[id];
        }

        /** The id of a colour, numbering it if new; -1 when that would exceed the limit. */
        private int idOf(int colour) {
            int slot = home(colour);
            if (table[slot] == colour) { // most look-ups: kept apart so that C1 inlines it
                return table[slot + 1];
            }
            slot = slot(table, colour);
            if (table[slot] != EMPTY) {
                return table[slot + 1];
            }
            if (size == limit) {
                return -1;
            }
            if (4 * (size + 1) > table.length) { // keep the table at most half full
                grow();
                slot = slot(table, colour);
            }
            if (size == colours.length) {
                colours = Arrays.copyOf(colours, 2 * size);
                counts = Arrays.copyOf(counts, 2 * size);
            }
            table[slot] = colour;
            table[slot + 1] = size;
            colours[size] = colour;
            return size++;
        }

        /** The first slot to try for a colour (Fibonacci hashing: the top bits of the product depend on all bits of the colour). */
        private int home(int colour) {
            return (colour * 0x9E3779B9) >>> shift << 1;
        }

        private void grow() {
            int[] old = table;
            table = new int[2 * old.length];
            shift--;
            Arrays.fill(table, EMPTY);
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != EMPTY) {
                    int slot = slot(table, old[i]);
                    table[slot] = old[i];
                    table[slot + 1] = old[i + 1];
                }
            }
        }

        /** The even index of the colour's entry, or of the empty entry where it belongs. */
        private static int slot(int[] table, int colour) {
            int mask = table.length - 2;
            int slot = (colour * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(table.length / 2 - 1) << 1;
            while (table[slot] != EMPTY && table[slot] != colour) {
                slot = (slot + 2) & mask;
            }
            return slot;
        }
    }
}
