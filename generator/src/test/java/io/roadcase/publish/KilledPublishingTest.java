package io.roadcase.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing killed with SIGKILL at random moments, in a JVM of its own, into a folder that also holds
 * the user's files (the gh-pages case). After every kill the user's files are intact and the index
 * page is there; once the next run has recovered, the folder holds wholly the old or wholly the new
 * version; and the next run publishes.
 */
class KilledPublishingTest {

    private static final int PAGES = 1_500;
    private static final int KILLS = 24;

    @TempDir
    Path tmp;

    private Process start(Path out, int version) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PublishingRun.class.getName(),
                out.toString(), Integer.toString(version), Integer.toString(PAGES))
                .redirectError(tmp.resolve("err-" + version + ".txt").toFile())
                .start();
    }

    /** Runs one version to its end; returns the milliseconds from "committing" to the end. */
    private long runToEnd(Path out, int version) throws Exception {
        Process p = start(out, version);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("committing");
            long start = System.nanoTime();
            assertThat(lines.readLine()).isEqualTo("done");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(tmp.resolve("err-" + version + ".txt"))).isZero();
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private void killWhilePublishing(Path out, int version, long delayMicros) throws Exception {
        Process p = start(out, version);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("committing");
            TimeUnit.MICROSECONDS.sleep(delayMicros);
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Every file of the site by path, without the user's files and Roadcase's own bookkeeping. */
    private static Map<String, String> site(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Files.walkFileTree(out, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName().toString();
                return name.equals(".git") || name.equals(Publisher.STAGING) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = out.relativize(file).toString();
                if (!path.startsWith(".roadcase-") && !path.equals("README.md") && !attrs.isSymbolicLink()) {
                    files.put(path, Files.readString(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static Map<String, String> expected(int version) {
        Map<String, String> files = new TreeMap<>();
        for (String f : PublishingRun.files(version, PAGES)) {
            files.put(f, PublishingRun.content(version, f));
        }
        return files;
    }

    private void assertUsersFilesIntact(Path out, Path elsewhere) throws IOException {
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("the user's notes");
        assertThat(Files.readString(out.resolve(".git/HEAD"))).isEqualTo("ref: refs/heads/gh-pages\n");
        assertThat(Files.isSymbolicLink(out.resolve("photos"))).isTrue();
        assertThat(out.resolve("drafts")).isEmptyDirectory();
        assertThat(Files.readString(elsewhere.resolve("photo.txt"))).isEqualTo("not the site's");
    }

    @Test
    void aKillAtAnyMomentLeavesTheOldOrTheNewSiteAndTheUsersFiles() throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve(".git"));
        Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(out.resolve("README.md"), "the user's notes");
        Files.createDirectories(out.resolve("drafts"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("photo.txt"), "not the site's");
        Files.createSymbolicLink(out.resolve("photos"), elsewhere);

        runToEnd(out, 0);
        long publishMillis = Math.max(20, runToEnd(out, 1));
        int current = 1;
        Random random = new Random(20261205);
        int sawOld = 0;
        int sawNew = 0;
        int sawMixed = 0;
        List<String> log = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            int next = current + 1;
            long delay = (long) (random.nextDouble() * publishMillis * 1_300);
            killWhilePublishing(out, next, delay);

            assertUsersFilesIntact(out, elsewhere);
            assertThat(Files.readString(out.resolve("index.html"))).as("the index page is always there")
                    .isIn(PublishingRun.content(current, "index.html"), PublishingRun.content(next, "index.html"));
            Map<String, String> left = site(out);
            boolean mixed = !left.equals(expected(current)) && !left.equals(expected(next));

            Publisher publisher = new Publisher(out);
            try (AutoCloseable lock = publisher.lock()) {
                publisher.recover();
            }
            Map<String, String> recovered = site(out);
            assertThat(recovered.equals(expected(current)) || recovered.equals(expected(next)))
                    .as("after kill %d (%d µs into publishing) the site is wholly version %d or %d", kill, delay,
                            current, next)
                    .isTrue();
            assertThat(out.resolve(Publisher.STAGING)).doesNotExist();
            assertUsersFilesIntact(out, elsewhere);
            boolean isNew = recovered.equals(expected(next));
            sawNew += isNew ? 1 : 0;
            sawOld += isNew ? 0 : 1;
            sawMixed += mixed ? 1 : 0;
            log.add(delay + "µs→" + (isNew ? "new" : "old") + (mixed ? "(mixed before recovery)" : ""));
            current = isNew ? next : current;
            if (kill % 6 == 5) {
                // Sometimes the next run is killed too before it recovers; sometimes it runs to its end.
                runToEnd(out, current + 1);
                current++;
                assertThat(site(out)).isEqualTo(expected(current));
            }
        }
        System.out.printf("KilledPublishingTest: publishing takes %d ms; %d kills left the old site, %d the new,"
                + " %d were caught half-way and recovered: %s%n", publishMillis, sawOld, sawNew, sawMixed, log);
        runToEnd(out, current + 1);
        assertThat(site(out)).isEqualTo(expected(current + 1));
        assertUsersFilesIntact(out, elsewhere);
    }
}
