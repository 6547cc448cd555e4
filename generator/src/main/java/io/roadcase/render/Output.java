package io.roadcase.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where renderers write their files, by path relative to the output folder ({@code kpis/nps.html}).
 * Implementations must be safe for concurrent writes of different paths.
 */
public interface Output {

    /** Opens a new file for writing; the caller closes it. */
    OutputStream open(String path) throws IOException;

    default void write(String path, byte[] bytes) throws IOException {
        try (OutputStream out = open(path)) {
            out.write(bytes);
        }
    }

    default void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
