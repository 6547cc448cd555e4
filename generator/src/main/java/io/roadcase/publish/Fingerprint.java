package io.roadcase.publish;

import io.roadcase.source.DataFiles;
import io.roadcase.source.InsideFolder;
import io.roadcase.source.Logo;
import io.roadcase.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything that decides a run's output: options, tool version, and the name and
 * content of every input and template file. Equal fingerprints mean the output would be equal.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    public Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** Adds a named value (an option). */
    public Fingerprint add(String name, Object value) {
        text(name + "=" + value);
        return this;
    }

    /**
     * Adds what a run reads from the data folder: the data files it lists ({@link DataFiles}, not
     * sub-folders) and every image file a logo setting could name (a png, jpg, gif, webp or svg in the
     * folder or its sub-folders, not through links that leave it), and the names of spreadsheets it warns
     * about but does not read ({@link DataFiles#notRead}). Nothing else: a 20 GB file or a
     * {@code .git} in the folder costs nothing.
     */
    public Fingerprint addDataFolder(String name, Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return add(name, "none");
        }
        List<Path> files = new ArrayList<>();
        try {
            files.addAll(DataFiles.list(folder));
        } catch (SourceException e) {
            add(name, "unreadable");
        }
        // Links are not followed, and hidden folders (.git) are not entered.
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(f -> isImage(f) && !hidden(folder.relativize(f)) && Files.isRegularFile(f))
                    .forEach(files::add);
        }
        // A spreadsheet of a format not read only adds its warning: its name counts, not its content.
        for (DataFiles.NotRead skipped : DataFiles.notRead(folder)) {
            add(name + ":" + skipped.file().getFileName(), "not read");
        }
        for (Path file : files.stream().distinct().sorted().toList()) {
            String key = name + ":" + folder.relativize(file).toString().replace('\\', '/');
            if (!InsideFolder.isInside(folder, file)) {
                add(key, "outside"); // refused by the reader, never read
            } else if (isImage(file) && Files.size(file) > Logo.MAX_BYTES) {
                add(key, "too large"); // refused by the reader, never read whole
            } else {
                addFile(key, file);
            }
        }
        return this;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImage(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif")
                || n.endsWith(".webp") || n.endsWith(".svg")) && !n.startsWith(".");
    }

    /** Adds every regular file under a folder, with its relative path; a missing folder adds "none". */
    public Fingerprint addFolder(String name, Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return add(name, "none");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            addFile(name + ":" + folder.relativize(file).toString().replace('\\', '/'), file);
        }
        return this;
    }

    /** Adds a file's name and content. */
    public Fingerprint addFile(String name, Path file) throws IOException {
        text(name);
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return this;
    }

    private void text(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** The fingerprint as hex; the object must not be used afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
