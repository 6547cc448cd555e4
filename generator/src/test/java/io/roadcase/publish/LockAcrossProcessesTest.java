package io.roadcase.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output lock holds against another process for as long as the run holds it. POSIX locks belong
 * to the process: a run that opened and closed the lock file a second time (to read it back) lost its
 * lock without knowing, and two runs published into one folder at once.
 */
class LockAcrossProcessesTest {

    @TempDir
    Path tmp;

    /** Run in a second JVM: says whether the lock file at {@code args[0]} could be locked. */
    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            System.out.print(lock == null ? "held" : "free");
        }
    }

    private String probe(Path lockFile) throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockAcrossProcessesTest.class.getName(), lockFile.toString())
                .redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return said.strip();
    }

    @Test
    void anotherProcessCannotTakeTheLockWhileARunHoldsIt() throws Exception {
        Path out = tmp.resolve("site");
        Publisher publisher = new Publisher(out);
        Path lockFile = out.resolve(Publisher.LOCK);
        try (AutoCloseable lock = publisher.lock()) {
            publisher.recover();
            publisher.isUpToDate("nothing yet");
            assertThat(probe(lockFile)).isEqualTo("held");
            java.nio.file.Files.writeString(out.resolve("index.html"), "published"); // so the folder stays
        }
        assertThat(probe(lockFile)).isEqualTo("free");
    }
}
