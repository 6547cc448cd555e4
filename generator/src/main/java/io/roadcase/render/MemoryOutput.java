package io.roadcase.render;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** An output held in memory: the twin of the folder output, for tests. */
public final class MemoryOutput implements Output {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public OutputStream open(String path) {
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                files.put(path, toByteArray());
            }
        };
    }

    /** Every file written, by path, in path order. */
    public Map<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    public byte[] bytes(String path) {
        return files.get(path);
    }

    /** A file's content as UTF-8 text, or null when it was not written. */
    public String text(String path) {
        byte[] b = files.get(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
