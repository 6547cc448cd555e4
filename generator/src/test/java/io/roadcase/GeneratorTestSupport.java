package io.roadcase;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The sample data and folder checksums, for end-to-end tests. */
public final class GeneratorTestSupport {

    /** The sample data folder, seen from the generator module. */
    public static final Path SAMPLE = Path.of("../sample-data/src/roadcase");

    private GeneratorTestSupport() {
    }

    /** Copies the sample data files into a new folder and returns it. */
    public static Path copySample(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }

    /** SHA-256 of every file under a folder, by relative path. */
    public static Map<String, String> checksums(Path root) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                sums.put(root.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
                return FileVisitResult.CONTINUE;
            }
        });
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
