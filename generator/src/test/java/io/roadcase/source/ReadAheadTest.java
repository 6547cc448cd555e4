package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void givesEveryByteInOrderWhateverTheReadSizes() throws IOException {
        byte[] data = new byte[3 * 256 * 1024 + 12_345];
        new Random(7).nextBytes(data);
        try (ReadAhead in = new ReadAhead(new ByteArrayInputStream(data))) {
            byte[] read = new byte[data.length];
            int at = 0;
            Random sizes = new Random(3);
            int n;
            while ((n = in.read(read, at, Math.min(read.length - at, 1 + sizes.nextInt(70_000)))) > 0) {
                at += n;
            }
            assertThat(at).isEqualTo(data.length);
            assertThat(read).isEqualTo(data);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void passesTheStreamsFailureOn() throws IOException {
        InputStream failing = new InputStream() {
            private int left = 1000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("Zip bomb detected!");
                }
                return 'x';
            }
        };
        try (ReadAhead in = new ReadAhead(failing)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessage("Zip bomb detected!");
        }
    }

    @Test
    void closingEarlyStopsTheThreadWithoutInterruptingItsRead() throws IOException {
        // An interrupt during a read from a file channel would close the channel, and the workbook with it.
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
                java.util.Arrays.fill(b, off, off + len, (byte) 'y');
                return len;
            }
        };
        for (int round = 0; round < 50; round++) {
            ReadAhead in = new ReadAhead(endless);
            assertThat(in.read()).isEqualTo('y');
            in.close(); // returns only once the thread has stopped
        }
        assertThat(interrupted).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("roadcase-read-ahead") && t.isAlive());
    }
}
