package io.roadcase.publish;

import io.roadcase.render.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes a run into the output folder, all or nothing, without ever losing a file of the user's
 * and without a moment in which the site is missing.
 *
 * <p>A run writes its files into {@code .roadcase-staging} inside the output folder (the same file
 * system, so a mount point works and names stay short). Before anything in the output folder changes,
 * every file about to be written is checked: a file Roadcase did not write (not in the manifest), a
 * link or a folder in its place stops the run ({@link OutputConflict}). Then the new manifest is
 * written into the staging folder and renamed to {@code ready}: the point of no return. From there the
 * new files are renamed over the old ones one by one (each rename is atomic, so every page is always
 * there, old or new; {@code index.html} files last), stale files of the previous run are deleted, and
 * the manifest is renamed into place. A run killed before {@code ready} leaves the old output as it
 * was and the next run deletes its staging folder; a run killed after it is finished by the next run
 * ({@link #recover}). A lock file keeps two runs from publishing into the same folder at once.
 */
public final class Publisher {

    /** Every name Roadcase keeps for itself in the output folder starts with this. */
    public static final String RESERVED_PREFIX = ".roadcase-";
    /** What the last successful run wrote, and the fingerprint of its inputs (see {@link Manifest}). */
    public static final String MANIFEST = RESERVED_PREFIX + "manifest";
    /** Where a run writes its files until it publishes them. */
    public static final String STAGING = RESERVED_PREFIX + "staging";
    /** The file two runs into one folder lock. */
    public static final String LOCK = RESERVED_PREFIX + "lock";
    /** Where Roadcase before manifest version 2 kept the fingerprint; deleted on the next publish. */
    private static final String OLD_FINGERPRINT = RESERVED_PREFIX + "fingerprint";
    /** In the staging folder: the new manifest, present once the run is past its point of no return. */
    private static final String READY = "ready";
    private static final String FILES = "files";

    private static final long LOCK_WAIT_MILLIS = 120_000;

    private final Path outputDirectory;

    public Publisher(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /**
     * Takes the lock for this output folder (creating the folder), waiting for another run that holds
     * it (up to two minutes, then fails with a clear message). The lock file stays (an unchanged re-run
     * touches nothing), except after a first run that published nothing: then the folder goes too.
     */
    public AutoCloseable lock() throws IOException {
        if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
            throw new IOException("the output folder " + outputDirectory + " is a file, not a folder");
        }
        // A first run that fails leaves no empty output folder behind.
        boolean created = !Files.exists(outputDirectory, LinkOption.NOFOLLOW_LINKS);
        Files.createDirectories(outputDirectory);
        Path lockFile = outputDirectory.resolve(LOCK);
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        try {
            while (true) {
                FileChannel channel;
                try {
                    channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
                } catch (NoSuchFileException e) {
                    // The run before this one created the folder, failed and removed it again.
                    Files.createDirectories(outputDirectory);
                    continue;
                }
                Object opened = fileKey(lockFile);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by another run in this JVM
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (lock != null && stillThere(lockFile, opened)) {
                    FileLock held = lock;
                    return () -> {
                        if (channel.isOpen()) {
                            if (created && onlyLockIn(outputDirectory)) {
                                // A first run that failed leaves no folder behind. Deleted while still held:
                                // a run that locks the deleted file sees that it is gone (stillThere fails)
                                // and tries again on the next one.
                                Files.deleteIfExists(lockFile);
                                removeIfEmpty(outputDirectory);
                            }
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

    private static boolean onlyLockIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(LOCK));
        }
    }

    private static void removeIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // Published, or another run's lock file: it stays.
        }
    }

    /**
     * Whether the file locked is still the one at {@code lockFile}: a failed first run deletes the lock
     * file (and its folder) before it releases it, so a lock won on a deleted file is worth nothing.
     * Compared by file key (device and inode), read with stat: opening and closing the file again
     * would release this process's lock on it (POSIX locks belong to the process, not the channel).
     * Where the file system has no file keys (Windows, which cannot delete an open file anyway), the
     * lock is taken as it is.
     */
    private static boolean stillThere(Path lockFile, Object opened) throws IOException {
        return opened == null || opened.equals(fileKey(lockFile));
    }

    /** The file key of the file at {@code path}; a fresh object when it is gone (equal to nothing), null without keys. */
    private static Object fileKey(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return new Object();
        }
    }

    /**
     * Repairs what a run killed in the middle left behind (call while holding the lock): a run killed
     * past its point of no return is finished, any other staging folder is deleted.
     */
    public void recover() throws IOException {
        Path staging = outputDirectory.resolve(STAGING);
        if (Files.isRegularFile(staging.resolve(READY), LinkOption.NOFOLLOW_LINKS)) {
            finish(staging);
        } else {
            deleteTree(staging);
        }
    }

    /** Whether the last successful run had this fingerprint and its files are all still there. */
    public boolean isUpToDate(String fingerprint) throws IOException {
        Manifest manifest = Manifest.read(outputDirectory.resolve(MANIFEST));
        if (manifest.fingerprint().isEmpty() || !manifest.fingerprint().equals(fingerprint)) {
            return false;
        }
        for (String file : manifest.files()) {
            if (!Files.isRegularFile(outputDirectory.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /** Starts a run: an empty staging folder inside the output folder (call while holding the lock). */
    public Staging stage() throws IOException {
        Path staging = outputDirectory.resolve(STAGING);
        deleteTree(staging);
        Files.createDirectories(staging);
        return new Staging(staging);
    }

    /** The files of one run, written to the staging folder until {@link #commit} or {@link #close}. */
    public final class Staging implements AutoCloseable {

        private final Path dir;
        private final FolderOutput output;

        private Staging(Path dir) {
            this.dir = dir;
            this.output = new FolderOutput(dir.resolve(FILES), outputDirectory);
        }

        public Output output() {
            return output;
        }

        /**
         * Publishes the staged files: checks for conflicts with the user's files, then moves them in.
         *
         * @return the number of files published
         * @throws OutputConflict when a file, link or folder of the user's is where a file goes; nothing
         *     in the output folder has changed
         * @throws HalfPublished when moving the files in failed half-way; the next run finishes it
         */
        public int commit(String fingerprint) throws IOException {
            List<String> written = output.written();
            Manifest previous = Manifest.read(outputDirectory.resolve(MANIFEST));
            checkConflicts(written, previous);
            Path ready = dir.resolve(READY);
            Path draft = dir.resolve(READY + ".draft");
            try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(new Manifest(fingerprint, written).text()));
                channel.force(true);
            }
            move(draft, ready); // the point of no return
            try {
                finish(dir);
            } catch (IOException e) {
                throw new HalfPublished("publishing into " + outputDirectory + " stopped half-way: " + e.getMessage()
                        + "; the next run into this folder finishes it", e);
            }
            return written.size();
        }

        /** Discards the staged files unless the run is past its point of no return. */
        @Override
        public void close() throws IOException {
            if (!Files.exists(dir.resolve(READY), LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(dir);
            }
        }
    }

    /**
     * Before anything changes: a file may only replace nothing or a file the previous run wrote, and
     * never through a link or a file where a folder should be.
     */
    private void checkConflicts(List<String> written, Manifest previous) throws OutputConflict {
        Set<String> ours = new HashSet<>(previous.files());
        List<String> conflicts = new ArrayList<>();
        Set<Path> checkedFolders = new HashSet<>();
        // Folders not there yet hold none of the files: a new output folder costs no look-up per file.
        Set<Path> missingFolders = new HashSet<>();
        for (String file : written) {
            Path target = outputDirectory.resolve(file);
            String why = null;
            for (Path folder = target.getParent(); folder != null && !folder.equals(outputDirectory);
                    folder = folder.getParent()) {
                if (!checkedFolders.add(folder)) {
                    continue;
                }
                if (Files.isSymbolicLink(folder)) {
                    why = relative(folder) + " is a link (Roadcase never writes through links)";
                } else if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    missingFolders.add(folder);
                } else if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    why = relative(folder) + " is a file where Roadcase needs a folder";
                }
                if (why != null) {
                    break;
                }
            }
            if (why == null && missingFolders.contains(target.getParent())) {
                continue;
            }
            if (why == null && Files.isSymbolicLink(target)) {
                why = file + " is a link (links in the output folder are kept)";
            } else if (why == null && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                why = file + " is a folder";
            } else if (why == null && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !ours.contains(file)) {
                why = file + " was not written by Roadcase";
            }
            if (why != null) {
                conflicts.add(why);
            }
        }
        if (!conflicts.isEmpty()) {
            List<String> shown = conflicts.stream().distinct().limit(5).toList();
            int more = (int) conflicts.stream().distinct().count() - shown.size();
            throw new OutputConflict("cannot publish into " + outputDirectory + ": " + String.join("; ", shown)
                    + (more > 0 ? "; and " + more + " more" : "")
                    + ": move your files out of the way or choose another output folder");
        }
    }

    private String relative(Path p) {
        return outputDirectory.relativize(p).toString();
    }

    /**
     * Moves a staging folder that is past its point of no return into place. Can be repeated after a
     * kill at any step: a file already moved is not in the staging folder any more, a stale file
     * already deleted is skipped, and the old manifest stays until the very end.
     */
    private void finish(Path staging) throws IOException {
        Manifest next = Manifest.read(staging.resolve(READY));
        Manifest previous = Manifest.read(outputDirectory.resolve(MANIFEST));
        Path files = staging.resolve(FILES);
        Set<Path> folders = new HashSet<>();
        for (String file : publishingOrder(next.files())) {
            Path from = files.resolve(file);
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                Path target = outputDirectory.resolve(file);
                if (folders.add(target.getParent())) {
                    Files.createDirectories(target.getParent());
                }
                move(from, target);
            }
        }
        Set<String> kept = new HashSet<>(next.files());
        for (String file : previous.files()) {
            Path target = outputDirectory.resolve(file);
            // A link the user put where a file of ours was is the user's now.
            if (!kept.contains(file) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(target);
                removeEmptyParents(target.getParent());
            }
        }
        Files.deleteIfExists(outputDirectory.resolve(OLD_FINGERPRINT));
        move(staging.resolve(READY), outputDirectory.resolve(MANIFEST));
        deleteTree(staging);
    }

    /**
     * New files first and every {@code index.html} last, the top one at the very end: a visitor who
     * follows a link from a new index page finds the page it links to.
     */
    static List<String> publishingOrder(List<String> files) {
        Comparator<String> order = Comparator.comparing((String f) -> isIndex(f))
                .thenComparing(f -> isIndex(f) ? -f.split("/").length : 0)
                .thenComparing(Comparator.naturalOrder());
        return files.stream().sorted(order).toList();
    }

    private static boolean isIndex(String file) {
        return file.equals("index.html") || file.endsWith("/index.html");
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and everything in it; links in it are deleted, never followed. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
