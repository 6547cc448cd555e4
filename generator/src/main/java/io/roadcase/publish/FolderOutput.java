package io.roadcase.publish;

import io.roadcase.render.Output;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/** Writes files under a folder (the staging folder of a run) and remembers every path written. */
final class FolderOutput implements Output {

    private final Path root;
    private final Path shownAs;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    /**
     * Folders made so far: {@code Files.createDirectories} on a folder that exists throws and catches
     * an exception inside the JDK, thousands of times on a large portfolio.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** Writes under {@code root}; messages name {@code shownAs}, the folder the user asked for. */
    FolderOutput(Path root, Path shownAs) {
        this.root = root;
        this.shownAs = shownAs;
    }

    @Override
    public OutputStream open(String path) throws IOException {
        Path target = resolve(path);
        if (!written.add(path)) {
            throw new IOException("internal error: " + path + " written twice in one run");
        }
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        return new Named(Files.newOutputStream(target), path);
    }

    /**
     * A file's stream whose failures name the file: the JDK's say only "No space left on device",
     * which on its own does not tell a user which disk filled up.
     */
    private final class Named extends FilterOutputStream {

        private final String path;

        Named(OutputStream out, String path) {
            super(out);
            this.path = path;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private IOException failed(IOException e) {
            return new IOException("cannot write " + path + " into " + shownAs + ": " + e.getMessage(), e);
        }
    }

    /** Resolves a relative output path, refusing anything that would leave the folder. */
    private Path resolve(String path) throws IOException {
        Path target = root.resolve(path).normalize();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !target.startsWith(root)
                || target.equals(root)) {
            throw new IOException("internal error: output path " + path + " is outside the output folder");
        }
        if (path.startsWith(Publisher.RESERVED_PREFIX)) {
            throw new IOException("cannot write " + path + ": names starting with " + Publisher.RESERVED_PREFIX
                    + " are Roadcase's own in the output folder (rename that template file)");
        }
        return target;
    }

    /** Every path written, sorted. */
    List<String> written() {
        return List.copyOf(written);
    }
}
