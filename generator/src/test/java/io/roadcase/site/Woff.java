package io.roadcase.site;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * WOFF 1.0 (W3C Recommendation, 13 December 2012) for the site's web fonts: the TrueType font's tables,
 * each zlib-compressed when that makes it smaller. The site ships {@code .woff} files rather than the
 * TrueType ones the PDF briefs embed: half the bytes for every visitor, and every browser since 2012
 * reads them. {@link WoffFontsTest} makes them from the TrueType files and checks they hold exactly the
 * same tables; the committed files are regenerated with {@code -Droadcase.updateFonts=true}.
 */
final class Woff {

    static final int SIGNATURE = 0x774F4646; // "wOFF"
    private static final int HEADER = 44;
    private static final int ENTRY = 20;

    /** One table of an sfnt font: its tag, its checksum as the font's directory gives it, its bytes. */
    record Table(int tag, int checksum, byte[] data) {

        String name() {
            return new String(ByteBuffer.allocate(4).putInt(tag).array(), StandardCharsets.US_ASCII);
        }
    }

    /** The flavor (sfnt version) and tables of a TrueType or OpenType font file. */
    record Font(int flavor, List<Table> tables) {
    }

    private Woff() {
    }

    /** Reads the table directory of a TrueType/OpenType file. */
    static Font readSfnt(byte[] ttf) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int flavor = b.getInt(0);
        int count = Short.toUnsignedInt(b.getShort(4));
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            int offset = b.getInt(at + 8);
            int length = b.getInt(at + 12);
            tables.add(new Table(b.getInt(at), b.getInt(at + 4), Arrays.copyOfRange(ttf, offset, offset + length)));
        }
        return new Font(flavor, tables);
    }

    /** The WOFF file of a TrueType/OpenType file. */
    static byte[] fromSfnt(byte[] ttf) {
        Font font = readSfnt(ttf);
        List<Table> tables = new ArrayList<>(font.tables());
        tables.sort(Comparator.comparingInt(Table::tag)); // ascending tags: ASCII letters, so signed order is byte order
        List<byte[]> stored = new ArrayList<>();
        long sfntSize = 12 + 16L * tables.size();
        for (Table t : tables) {
            byte[] packed = deflate(t.data());
            stored.add(packed.length < t.data().length ? packed : t.data());
            sfntSize += padded(t.data().length);
        }
        int offset = HEADER + ENTRY * tables.size();
        ByteBuffer directory = ByteBuffer.allocate(ENTRY * tables.size());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            byte[] s = stored.get(i);
            directory.putInt(t.tag()).putInt(offset + data.size()).putInt(s.length).putInt(t.data().length)
                    .putInt(t.checksum());
            data.writeBytes(s);
            data.writeBytes(new byte[padded(s.length) - s.length]);
        }
        int length = offset + data.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER)
                .putInt(SIGNATURE).putInt(font.flavor()).putInt(length)
                .putShort((short) tables.size()).putShort((short) 0)
                .putInt((int) sfntSize)
                .putShort((short) 1).putShort((short) 0) // version of this WOFF file
                .putInt(0).putInt(0).putInt(0) // no metadata
                .putInt(0).putInt(0); // no private data
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(header.array());
        out.writeBytes(directory.array());
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }

    /**
     * The tables of a WOFF file, decompressed, checking what the specification requires of its layout
     * (signature, length, sorted tags, 4-byte aligned tables inside the file, no table larger packed).
     */
    static Font read(byte[] woff) {
        ByteBuffer b = ByteBuffer.wrap(woff);
        check(b.getInt(0) == SIGNATURE, "no wOFF signature");
        check(b.getInt(8) == woff.length, "length field " + b.getInt(8) + ", file " + woff.length);
        int count = Short.toUnsignedInt(b.getShort(12));
        long sfntSize = 12 + 16L * count;
        List<Table> tables = new ArrayList<>();
        int previousTag = Integer.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            int at = HEADER + ENTRY * i;
            int tag = b.getInt(at);
            int offset = b.getInt(at + 4);
            int compLength = b.getInt(at + 8);
            int origLength = b.getInt(at + 12);
            check(Integer.compareUnsigned(tag, previousTag) > 0 || i == 0, "tags not in ascending order");
            check(offset % 4 == 0 && offset + compLength <= woff.length, "table " + i + " misplaced");
            check(compLength <= origLength, "table " + i + " larger packed than not");
            byte[] stored = Arrays.copyOfRange(woff, offset, offset + compLength);
            byte[] data = compLength == origLength ? stored : inflate(stored, origLength);
            tables.add(new Table(tag, b.getInt(at + 16), data));
            sfntSize += padded(origLength);
            previousTag = tag;
        }
        check(Integer.toUnsignedLong(b.getInt(16)) == sfntSize, "totalSfntSize " + b.getInt(16) + ", tables " + sfntSize);
        return new Font(b.getInt(4), tables);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] packed, int length) {
        Inflater inflater = new Inflater();
        inflater.setInput(packed);
        byte[] out = new byte[length];
        try {
            int n = inflater.inflate(out);
            check(n == length && inflater.finished(), "table inflates to " + n + " bytes, not " + length);
        } catch (DataFormatException e) {
            throw new IllegalStateException("table is not a zlib stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return out;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("not a valid WOFF file: " + what);
        }
    }
}
