package io.roadcase.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/** Writes files under a folder (the staging folder of a run) and remembers every path written. */
final class FolderOutput implements Output {

    private final Path root;
    private final Set<String> written = new ConcurrentSkipListSet<>();

    FolderOutput(Path root) {
        this.root = root;
    }

    @Override
    public OutputStream open(String path) throws IOException {
        Path target = resolve(path);
        if (!written.add(path)) {
            throw new IOException("internal error: " + path + " written twice in one run");
        }
        Files.createDirectories(target.getParent());
        return Files.newOutputStream(target);
    }

    /** Resolves a relative output path, refusing anything that would leave the folder. */
    private Path resolve(String path) throws IOException {
        Path target = root.resolve(path).normalize();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !target.startsWith(root)
                || target.equals(root)) {
            throw new IOException("internal error: output path " + path + " is outside the output folder");
        }
        return target;
    }

    /** Every path written, sorted. */
    List<String> written() {
        return List.copyOf(written);
    }
}
