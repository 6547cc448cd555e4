package io.roadcase.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one successful run published: the fingerprint of its inputs and every file it wrote. Stored as
 * {@code .roadcase-manifest} in the output folder; only files listed there are ever overwritten or
 * deleted by a later run.
 *
 * <p>One entry a line, each file name escaped so that no name can break a line or forge another entry:
 * every byte of its UTF-8 form outside printable ASCII, and {@code %} itself, is written {@code %XX}
 * ({@code a%0AREADME} is one file whose name holds a newline, never a file {@code README}).
 */
record Manifest(String fingerprint, List<String> files) {

    private static final String HEADER = "roadcase-manifest 2";
    private static final String FINGERPRINT = "fingerprint ";
    private static final String FILE = "file ";

    /** The manifest of a folder nothing was published into yet. */
    static final Manifest NONE = new Manifest("", List.of());

    Manifest {
        files = List.copyOf(files);
    }

    /**
     * Reads a manifest file; empty when there is none. A manifest of Roadcase before version 2 (one
     * plain name a line, no fingerprint) is read as it was written, so an upgrade keeps deleting stale
     * files; an entry that could point outside the folder is ignored.
     */
    static Manifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return NONE;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return new Manifest("", lines.stream().map(String::strip).filter(Manifest::isSafe).toList());
        }
        String fingerprint = "";
        List<String> files = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith(FINGERPRINT)) {
                fingerprint = line.substring(FINGERPRINT.length());
            } else if (line.startsWith(FILE)) {
                unescape(line.substring(FILE.length())).filter(Manifest::isSafe).ifPresent(files::add);
            }
        }
        return new Manifest(fingerprint, files);
    }

    /** The manifest's text: a header, the fingerprint, then one escaped file name a line. */
    String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(FINGERPRINT).append(fingerprint).append('\n');
        for (String f : files) {
            text.append(FILE).append(escape(f)).append('\n');
        }
        return text.toString();
    }

    static String escape(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '%') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** The name an escaped entry stands for; empty when the entry is malformed. */
    static Optional<String> unescape(String escaped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%') {
                if (i + 2 >= escaped.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(escaped.charAt(i + 1), 16);
                int lo = Character.digit(escaped.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c > 0x20 && c < 0x7F) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    /** A manifest is a file in the output folder: never trust it to point outside, or at Roadcase's own files. */
    static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.startsWith(Publisher.RESERVED_PREFIX)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
