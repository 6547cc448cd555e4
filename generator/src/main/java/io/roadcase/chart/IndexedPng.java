package io.roadcase.chart;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an 8-bit palette image as PNG bytes. ImageIO's writer tries five row filters on every row;
 * the PNG specification recommends no filter for palette images, and skipping the trials made chart
 * encoding a third cheaper. No time or text chunks: the bytes depend only on the pixels.
 */
final class IndexedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int COLOUR_TYPE_PALETTE = 3;

    /**
     * Deflate level 3, zlib's greedy matching. Deflate was the largest part of chart encoding (a third of
     * a large portfolio's CPU went to PNGs): on its 1,020 charts level 3 takes 1.8 s where level 4 took
     * 3.2 s, for PNGs 16% larger (23.9 → 27.9 MB). The site's web fonts becoming WOFF paid for that size
     * many times over. Level 7 is 6% smaller than level 4 for 1.8× its time, level 9 4% smaller again.
     */
    static final int DEFLATE_LEVEL = 3;

    private IndexedPng() {
    }

    /** @param indexes one palette index per pixel, row by row */
    static byte[] write(int width, int height, int[] palette, byte[] indexes) {
        return write(width, height, palette, new Rows() {
            @Override
            public int sourceRow(int row) {
                return row;
            }

            @Override
            public void copy(int row, byte[] into, int at) {
                System.arraycopy(indexes, row * width, into, at, width);
            }
        });
    }

    /** Where the palette indexes of the pixels come from, row by row (see {@link Palette}). */
    interface Rows {

        /** The row this row repeats index for index: itself, or a row above it. */
        int sourceRow(int row);

        void copy(int row, byte[] into, int at);
    }

    /** The same, with the indexes copied out row by row as the writer needs them. */
    static byte[] write(int width, int height, int[] palette, Rows indexes) {
        try {
            byte[] data = compress(width, height, indexes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 3 * palette.length + 128);
            out.write(SIGNATURE);

            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8); // bits per index
            h.writeByte(COLOUR_TYPE_PALETTE);
            h.writeByte(0); // deflate
            h.writeByte(0); // adaptive filtering, here always filter 0 (none)
            h.writeByte(0); // not interlaced
            chunk(out, "IHDR", header.toByteArray());

            chunk(out, "PLTE", rgb(palette));
            chunk(out, "IDAT", data);
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }

    // The loops are methods of their own: a loop inside write() made C2 compile all of write() and
    // what it calls, up to three times (about 0.9 s of compiler time on the large portfolio).
    private static byte[] rgb(int[] palette) {
        byte[] colours = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            colours[3 * i] = (byte) (palette[i] >> 16);
            colours[3 * i + 1] = (byte) (palette[i] >> 8);
            colours[3 * i + 2] = (byte) palette[i];
        }
        return colours;
    }

    /**
     * The image data: each row preceded by its filter type (0, none), deflated. Rows are gathered
     * into a staging buffer of about 64 KB and handed to the deflater together: two calls into zlib
     * per row cost 5% of the deflating, and the bytes are the same. A row that repeats the one before
     * is copied from the staging buffer while that row is still there.
     */
    private static byte[] compress(int width, int height, Rows indexes) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 32 + 64);
        byte[] buffer = new byte[64 * 1024];
        byte[] staging = new byte[Math.max(64 * 1024, width + 1)];
        int staged = 0;
        int previous = -1; // where the row before is in the staging buffer, if it still is
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try {
            for (int row = 0; row < height; row++) {
                if (staged + width + 1 > staging.length) {
                    deflate(deflater, staging, staged, buffer, data);
                    staged = 0;
                    previous = -1;
                }
                staging[staged++] = 0; // filter type: none
                if (previous >= 0 && indexes.sourceRow(row) == indexes.sourceRow(row - 1)) {
                    System.arraycopy(staging, previous, staging, staged, width);
                } else {
                    indexes.copy(row, staging, staged);
                }
                previous = staged;
                staged += width;
            }
            deflate(deflater, staging, staged, buffer, data);
            deflater.finish();
            while (!deflater.finished()) {
                data.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    /** Deflates all of the staged bytes, so that the staging buffer can be filled again. */
    private static void deflate(Deflater deflater, byte[] staging, int length, byte[] buffer,
            ByteArrayOutputStream data) {
        deflater.setInput(staging, 0, length);
        while (!deflater.needsInput()) {
            data.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(body.length);
        d.write(name);
        d.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        d.writeInt((int) crc.getValue());
    }
}
