package io.roadcase.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("site");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private int publish(String... files) throws Exception {
        Publisher publisher = new Publisher(out());
        try (AutoCloseable lock = publisher.lock(); Publisher.Staging staging = publisher.stage()) {
            for (String f : files) {
                staging.output().write(f, "content of " + f);
            }
            return staging.commit("fp-" + String.join(",", files));
        }
    }

    @Test
    void publishesIntoANewFolderWithManifestAndFingerprint() throws Exception {
        assertThat(publish("index.html", "kpis/a.html")).isEqualTo(2);

        assertThat(Files.readString(out().resolve("kpis/a.html"))).isEqualTo("content of kpis/a.html");
        assertThat(Manifest.read(out().resolve(Publisher.MANIFEST)).files()).containsExactly("index.html", "kpis/a.html");
        assertThat(new Publisher(out()).isUpToDate("fp-index.html,kpis/a.html")).isTrue();
        assertThat(new Publisher(out()).isUpToDate("other")).isFalse();
        assertThat(names(tmp)).containsExactly("site");
        assertThat(names(out())).containsExactlyInAnyOrder("index.html", "kpis", Publisher.MANIFEST, Publisher.LOCK);
    }

    @Test
    void replacesOwnFilesAndRemovesOnesNoLongerWritten() throws Exception {
        publish("index.html", "old.html");
        publish("index.html", "new.html");

        assertThat(out().resolve("old.html")).doesNotExist();
        assertThat(out().resolve("new.html")).exists();
    }

    @Test
    void neverDeletesFilesItDidNotWrite() throws Exception {
        publish("index.html", "kpis/a.html");
        Files.createDirectories(out().resolve(".git"));
        Files.writeString(out().resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.writeString(out().resolve("kpis/mine.txt"), "user file");

        publish("index.html");

        assertThat(Files.readString(out().resolve(".git/HEAD"))).isEqualTo("ref: refs/heads/main");
        assertThat(Files.readString(out().resolve("kpis/mine.txt"))).isEqualTo("user file");
        assertThat(out().resolve("kpis/a.html")).doesNotExist();
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("content of index.html");
    }

    @Test
    void aFailedRunLeavesThePreviousOutputAsItWas() throws Exception {
        publish("index.html");
        Publisher publisher = new Publisher(out());
        try (Publisher.Staging staging = publisher.stage()) {
            staging.output().write("index.html", "half-written");
            // no commit: the run failed
        }
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("content of index.html");
        assertThat(names(out())).doesNotContain(Publisher.STAGING);
    }

    @Test
    void refusesPathsOutsideTheOutputFolder() throws Exception {
        Publisher publisher = new Publisher(out());
        try (Publisher.Staging staging = publisher.stage()) {
            assertThatThrownBy(() -> staging.output().write("../escape.html", "x")).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> staging.output().write("/etc/x", "x")).isInstanceOf(IOException.class);
        }
        assertThat(tmp.resolve("escape.html")).doesNotExist();
    }

    @Test
    void isNotUpToDateWhenAPublishedFileWasDeleted() throws Exception {
        publish("index.html");
        Files.delete(out().resolve("index.html"));
        assertThat(new Publisher(out()).isUpToDate("fp-index.html")).isFalse();
    }

    @Test
    void aSecondRunWaitsForTheLockOfTheFirst() throws Exception {
        Publisher first = new Publisher(out());
        CountDownLatch locked = new CountDownLatch(1);
        AtomicLong secondGotLockAt = new AtomicLong();
        AtomicLong firstReleasedAt = new AtomicLong();
        try (AutoCloseable lock = first.lock()) {
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                locked.countDown();
                try (AutoCloseable l2 = new Publisher(out()).lock()) {
                    secondGotLockAt.set(System.nanoTime());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            locked.await();
            Thread.sleep(300);
            assertThat(second).isNotDone();
            firstReleasedAt.set(System.nanoTime());
            lock.close();
            second.get(10, TimeUnit.SECONDS);
        }
        assertThat(secondGotLockAt.get()).isGreaterThan(firstReleasedAt.get());
    }
}
