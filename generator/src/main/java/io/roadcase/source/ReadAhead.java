package io.roadcase.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A stream read ahead on a thread of its own, a few chunks at a time: the worksheet part of an xlsx
 * file is inflated there while this thread parses it. On a million-row sheet inflating is about a
 * fifth of reading, and the second core is otherwise idle. Failures of the stream (a zip bomb refused,
 * a broken file) reach the reader as they are, from {@link #read}. {@link #close} stops the thread
 * before the caller closes the stream underneath, without interrupting it: an interrupt during a read
 * from a file channel closes the channel, and with it the workbook's other parts.
 */
final class ReadAhead extends InputStream {

    /** Parts smaller than this are read directly: a thread is not worth it. */
    static final long WORTH_IT = 8L * 1024 * 1024;

    private static final int CHUNK = 256 * 1024;
    private static final int CHUNKS = 4;

    /** A chunk read, the end of the stream ({@code length < 0}), or its failure. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {
    }

    private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);
    private final Thread thread;
    private volatile boolean closed;
    private Chunk current;
    private int position;
    private boolean ended;

    /** Reads {@code in} ahead on a daemon thread; the caller still closes {@code in}, after this. */
    ReadAhead(InputStream in) {
        for (int i = 0; i < CHUNKS; i++) {
            empty.add(new byte[CHUNK]);
        }
        thread = new Thread(() -> fill(in), "roadcase-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void fill(InputStream in) {
        try {
            while (!closed) {
                byte[] bytes = empty.take();
                if (closed) {
                    return;
                }
                int length = in.readNBytes(bytes, 0, CHUNK);
                if (length > 0) {
                    full.put(new Chunk(bytes, length, null));
                }
                if (length < CHUNK) {
                    full.put(new Chunk(null, -1, null));
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // nobody interrupts this thread; keep the flag if somebody does
        } catch (IOException | RuntimeException | Error e) {
            // Passed on whatever it is (even running out of memory): the reader must not wait for ever.
            full.offer(new Chunk(null, -1, e)); // room is left for it: CHUNKS + 1
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int at, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (current == null || position == current.length()) {
            if (!next()) {
                return -1;
            }
        }
        int n = Math.min(length, current.length() - position);
        System.arraycopy(current.bytes(), position, into, at, n);
        position += n;
        return n;
    }

    /** Takes the next chunk, handing the last one back to be filled again; false at the end. */
    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        if (current != null) {
            empty.add(current.bytes());
            current = null;
        }
        Chunk chunk;
        try {
            chunk = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
        if (chunk.failure() instanceof IOException e) {
            ended = true;
            throw e;
        }
        if (chunk.failure() instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (chunk.failure() instanceof Error e) {
            ended = true;
            throw e;
        }
        if (chunk.length() < 0) {
            ended = true;
            return false;
        }
        current = chunk;
        position = 0;
        return true;
    }

    /**
     * Stops reading ahead and waits for the thread, so that the stream underneath may be closed. The
     * thread is woken where it may wait (for room to put a chunk, for a buffer to fill), never
     * interrupted.
     */
    @Override
    public void close() {
        closed = true;
        full.clear();
        empty.offer(new byte[CHUNK]);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while closing"));
        }
    }
}
