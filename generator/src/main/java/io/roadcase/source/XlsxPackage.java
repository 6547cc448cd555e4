package io.roadcase.source;

import java.io.Closeable;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an Office Open XML package (an .xlsx or .xlsm zip) and the relationships between them,
 * read-only, with Commons Compress (the zip reader POI uses): only what reading a workbook needs,
 * a few milliseconds, where opening the package with POI's {@code OPCPackage} took about 20 ms per
 * file and 0.15 s of class loading and DOM parsing on the first (its content types and document
 * properties, which Roadcase never uses).
 *
 * <p>The guards are POI's: at most {@value #MAX_PARTS} zip entries, no two parts with the same name
 * (compared as the standard compares part names, ignoring case), and every part read through a stream
 * that stops at {@value #MAX_PART_BYTES} bytes or when it has produced more than 100 times its
 * compressed size past the first 100 KB (a zip bomb).
 */
final class XlsxPackage implements Closeable {

    /** A relationship from one part to another, its target resolved to a part name (no leading slash). */
    record Relationship(String id, String type, String target, boolean external) {
    }

    /** POI's defaults ({@code ZipSecureFile}): the same files are refused as before. */
    static final int MAX_PARTS = 1_000;
    static final long MAX_PART_BYTES = 0xFFFF_FFFFL;
    private static final long GRACE_BYTES = 100 * 1024;
    /** How many times its compressed size a part may expand to (POI's minimum inflate ratio, 0.01). */
    private static final long MAX_EXPANSION = 100;
    /** A part's relationships; the workbook has one per sheet, and Excel stops far below this. */
    private static final int MAX_RELATIONSHIPS = 100_000;

    private static final String MAIN_PART_TYPE = "/relationships/officeDocument";

    private final ZipFile zip;
    /** Every entry by its name in lower case (part names are compared ignoring case), with forward slashes. */
    private final Map<String, ZipArchiveEntry> entries;
    private final XMLReader xml;

    private XlsxPackage(ZipFile zip, Map<String, ZipArchiveEntry> entries, XMLReader xml) {
        this.zip = zip;
        this.entries = entries;
        this.xml = xml;
    }

    /**
     * Opens a package for reading.
     *
     * @param xml the secure parser ({@link SecureXml#newReader()}) for the relationships parts
     * @throws SourceFailure when it has too many parts or two with the same name
     * @throws IOException   when it is not a zip file or is damaged ({@link java.util.zip.ZipException})
     */
    static XlsxPackage open(File file, XMLReader xml) throws IOException {
        ZipFile zip = ZipFile.builder().setFile(file).get();
        try {
            Map<String, ZipArchiveEntry> entries = new HashMap<>();
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (entries.size() >= MAX_PARTS) {
                    throw new SourceFailure(Failures.ZIP_BOMB);
                }
                // Some old producers wrote Windows separators into entry names.
                if (entries.put(entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT), entry) != null) {
                    throw new SourceFailure(Failures.SAME_NAME);
                }
            }
            return new XlsxPackage(zip, entries, xml);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * The package's main part (the workbook), found by its transitional or strict relationship, or
     * null when the package has none or it is missing.
     */
    String mainPart() throws IOException, SAXException {
        for (Relationship relationship : relationships("").values()) {
            if (!relationship.external() && relationship.type().endsWith(MAIN_PART_TYPE)) {
                return contains(relationship.target()) ? relationship.target() : null;
            }
        }
        return null;
    }

    /** The relationships of a part ({@code ""} for the package's own), by id, in document order. */
    Map<String, Relationship> relationships(String part) throws IOException, SAXException {
        int slash = part.lastIndexOf('/');
        String folder = part.substring(0, slash + 1);
        RelationshipsHandler handler = new RelationshipsHandler(folder);
        try (InputStream stream = open(folder + "_rels/" + part.substring(slash + 1) + ".rels")) {
            if (stream == null) {
                return Map.of();
            }
            xml.setContentHandler(handler);
            xml.parse(new InputSource(stream));
        }
        return Collections.unmodifiableMap(handler.relationships);
    }

    boolean contains(String part) {
        return entries.containsKey(part.toLowerCase(Locale.ROOT));
    }

    /** The part's size unpacked, or -1 when unknown. */
    long size(String part) {
        ZipArchiveEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
        return entry == null ? -1 : entry.getSize();
    }

    /** The part's content, guarded against zip bombs, or null when the package has no such part. */
    InputStream open(String part) throws IOException {
        ZipArchiveEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
        return entry == null || entry.isDirectory() ? null : new Guarded(zip.getInputStream(entry), entry.getCompressedSize());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * A relationship's target as a part name: relative to the source part's folder unless it starts
     * with a slash, percent-decoded, with {@code .} and {@code ..} resolved (never above the root).
     */
    static String resolve(String folder, String target) {
        String path = target.replace('\\', '/');
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        if (path.indexOf('%') >= 0) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a stray % is taken as it is
            }
        }
        if (!path.startsWith("/")) {
            path = folder + path;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Reads the {@code Relationship} elements of a {@code .rels} part, whatever their namespace prefix. */
    private static final class RelationshipsHandler extends DefaultHandler {
        private final String folder;
        private final Map<String, Relationship> relationships = new LinkedHashMap<>();

        RelationshipsHandler(String folder) {
            this.folder = folder;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!SecureXml.name(qName).equals("Relationship")) {
                return;
            }
            String id = attributes.getValue("Id");
            String type = attributes.getValue("Type");
            String target = attributes.getValue("Target");
            if (id == null || type == null || target == null) {
                return;
            }
            if (relationships.size() >= MAX_RELATIONSHIPS) {
                throw new SourceFailure("the workbook lists more than %,d related parts".formatted(MAX_RELATIONSHIPS));
            }
            boolean external = "External".equals(attributes.getValue("TargetMode"));
            relationships.putIfAbsent(id, new Relationship(id, type, external ? target : resolve(folder, target), external));
        }
    }

    /** A part's stream that stops at a zip bomb: too large, or expanding far beyond its compressed size. */
    private static final class Guarded extends FilterInputStream {
        private final long compressed;
        private long produced;

        Guarded(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            produced += n;
            if (produced > MAX_PART_BYTES
                    || (produced > GRACE_BYTES && compressed >= 0 && compressed * MAX_EXPANSION < produced)) {
                throw new SourceFailure(Failures.ZIP_BOMB);
            }
        }
    }
}
