package io.roadcase.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes a run into the output folder safely: files are written to a staging folder beside it
 * and moved into place only when the run succeeded; a manifest records what Roadcase wrote, so
 * files it did not write (a {@code .git}, a README) are never deleted; a lock file keeps two runs
 * from publishing into the same folder at once.
 *
 * <p>When the output folder holds only Roadcase's own files, the new folder replaces the old one by
 * two renames. When it also holds other files, each new file is moved in atomically and files of the
 * previous run that this run did not write are deleted.
 */
public final class Publisher {

    /** The list of files the last successful run wrote, one relative path per line. */
    public static final String MANIFEST = ".roadcase-manifest";
    /** The fingerprint of the inputs of the last successful run (see {@link Fingerprint}). */
    public static final String FINGERPRINT = ".roadcase-fingerprint";

    private static final long LOCK_WAIT_MILLIS = 120_000;

    private final Path outputDirectory;

    public Publisher(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /**
     * Takes the lock for this output folder, waiting for another run that holds it (up to two
     * minutes, then fails with a clear message). The lock file sits beside the output folder and is
     * deleted when the lock is released, so no run leaves it behind in a folder it does not own.
     */
    public AutoCloseable lock() throws IOException {
        Path parent = parent();
        Files.createDirectories(parent);
        Path lockFile = parent.resolve("." + outputDirectory.getFileName() + ".roadcase-lock");
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        String token = ProcessHandle.current().pid() + "-" + System.nanoTime() + "-" + Thread.currentThread().getId();
        try {
            while (true) {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by another run in this JVM
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (lock != null && holds(channel, lockFile, token)) {
                    FileLock held = lock;
                    return () -> {
                        if (channel.isOpen()) {
                            // Deleted while still held: a run that locks the deleted file sees that it is
                            // gone (holds() fails) and tries again on the next one.
                            Files.deleteIfExists(lockFile);
                            held.release();
                            channel.close();
                        }
                    };
                }
                channel.close();
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("another Roadcase run is writing " + outputDirectory
                            + " (lock " + lockFile + "); waited " + LOCK_WAIT_MILLIS / 1000 + " s");
                }
                Thread.sleep(lock == null ? 100 : 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the lock on " + outputDirectory, e);
        }
    }

    /**
     * Whether the locked file is still the one at {@code lockFile}: the previous holder deletes the file
     * before it releases it, so a lock won on a deleted file is worth nothing. Writing a token through
     * the lock and reading it back by name tells the two apart.
     */
    private static boolean holds(FileChannel channel, Path lockFile, String token) throws IOException {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(bytes), 0);
        channel.force(false);
        try {
            return token.equals(Files.readString(lockFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Repairs what a run killed in the middle left behind (call while holding the lock): stale
     * staging folders are deleted, and an output folder caught between the two renames of a swap is
     * restored.
     */
    public void recover() throws IOException {
        Path parent = parent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String name = "." + outputDirectory.getFileName();
        List<Path> previous = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String f = p.getFileName().toString();
                if (f.startsWith(name + ".staging-")) {
                    deleteTree(p);
                } else if (f.startsWith(name + ".previous-")) {
                    previous.add(p);
                }
            }
        }
        for (Path p : previous) {
            if (!Files.exists(outputDirectory)) {
                move(p, outputDirectory);
            } else {
                deleteTree(p);
            }
        }
    }

    /** Whether the last successful run had this fingerprint and its files are all still there. */
    public boolean isUpToDate(String fingerprint) throws IOException {
        Path stored = outputDirectory.resolve(FINGERPRINT);
        if (!Files.isRegularFile(stored)
                || !Files.readString(stored, StandardCharsets.UTF_8).strip().equals(fingerprint)) {
            return false;
        }
        for (String file : readManifest(outputDirectory)) {
            if (!Files.isRegularFile(outputDirectory.resolve(file))) {
                return false;
            }
        }
        return true;
    }

    /** Starts a run: an empty staging folder beside the output folder. */
    public Staging stage() throws IOException {
        Files.createDirectories(parent());
        return new Staging(Files.createDirectory(sibling("staging")));
    }

    /**
     * A hidden, unique folder name beside the output folder. Not a temp directory: those are private
     * (0700) and the staging folder becomes the published one.
     */
    private Path sibling(String kind) {
        String unique = Long.toHexString(System.nanoTime()) + Long.toHexString(ProcessHandle.current().pid());
        return parent().resolve("." + outputDirectory.getFileName() + "." + kind + "-" + unique);
    }

    private Path parent() {
        Path parent = outputDirectory.getParent();
        return parent == null ? outputDirectory : parent;
    }

    private static List<String> readManifest(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && isSafeRelative(line)) {
                files.add(line.strip());
            }
        }
        return files;
    }

    /** A manifest is a file in the output folder: never trust it to point outside. */
    private static boolean isSafeRelative(String path) {
        return !path.startsWith("/") && !path.contains("..") && !path.contains("\\") && !path.contains(":");
    }

    /** The files of one run, written to a staging folder until {@link #commit} or {@link #close}. */
    public final class Staging implements AutoCloseable {

        private final Path dir;
        private final FolderOutput output;
        private boolean committed;

        private Staging(Path dir) {
            this.dir = dir;
            this.output = new FolderOutput(dir);
        }

        public Output output() {
            return output;
        }

        /**
         * Moves the staged files into the output folder and records the manifest and fingerprint.
         *
         * @return the number of files published
         */
        public int commit(String fingerprint) throws IOException {
            List<String> written = output.written();
            Files.writeString(dir.resolve(MANIFEST), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(FINGERPRINT), fingerprint + "\n", StandardCharsets.UTF_8);
            if (!Files.exists(outputDirectory) || holdsOnlyOwnFiles()) {
                swapFolders();
            } else {
                mergeInto(written);
            }
            committed = true;
            return written.size();
        }

        private boolean holdsOnlyOwnFiles() throws IOException {
            Set<String> own = new HashSet<>(readManifest(outputDirectory));
            own.add(MANIFEST);
            own.add(FINGERPRINT);
            try (Stream<Path> files = Files.walk(outputDirectory)) {
                return files.filter(p -> !Files.isDirectory(p))
                        .map(p -> outputDirectory.relativize(p).toString().replace('\\', '/'))
                        .allMatch(own::contains);
            }
        }

        private void swapFolders() throws IOException {
            Path previous = null;
            if (Files.exists(outputDirectory)) {
                previous = sibling("previous");
                move(outputDirectory, previous);
            }
            move(dir, outputDirectory);
            if (previous != null) {
                deleteTree(previous);
            }
        }

        private void mergeInto(List<String> written) throws IOException {
            List<String> stale = new ArrayList<>(readManifest(outputDirectory));
            stale.removeAll(written);
            List<String> all = new ArrayList<>(written);
            all.add(MANIFEST);
            all.add(FINGERPRINT);
            for (String file : all) {
                Path target = outputDirectory.resolve(file);
                Files.createDirectories(target.getParent());
                move(dir.resolve(file), target);
            }
            for (String file : stale) {
                Path target = outputDirectory.resolve(file);
                Files.deleteIfExists(target);
                removeEmptyParents(target.getParent());
            }
            deleteTree(dir);
        }

        private void removeEmptyParents(Path folder) throws IOException {
            while (folder != null && folder.startsWith(outputDirectory) && !folder.equals(outputDirectory)) {
                try {
                    Files.delete(folder);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    return;
                }
                folder = folder.getParent();
            }
        }

        /** Discards the staged files unless they were committed: the previous output stays as it was. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(dir);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
