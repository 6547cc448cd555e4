package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.GeneratorTestSupport;
import io.roadcase.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as a user runs it: exit codes, messages, and a run killed in the middle. */
class CliIT {

    static final Path JAR = Path.of("target/roadcase.jar");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("out-" + System.nanoTime() + ".txt").toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
    }

    private Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("roadcase finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void validatesTheSampleData() throws Exception {
        Run run = run("validate", "--data", GeneratorTestSupport.SAMPLE.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid");
    }

    @Test
    void reportsEveryDataErrorOnOneLineWithItsPlaceAndExitsWithOne() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(data.resolve("roadmap.csv"), """
                id,title,status,start,end,depends_on
                A,First,wip,2026-05-01,2026-01-01,B
                B,Second,sleeping,2026-01-01,2026-02-01,A
                """);

        Run run = run("validate", "--data", data.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().filter(l -> l.startsWith("error: ")))
                .anyMatch(l -> l.contains("roadmap.csv, line 2, column end"))
                .anyMatch(l -> l.contains("roadmap.csv, line 3, column status") && l.contains("in-progress"))
                .anyMatch(l -> l.contains("→"));
    }

    @Test
    void aRunKilledInTheMiddleLeavesThePreviousOutputAsItWas() throws Exception {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        Path out = tmp.resolve("site");
        assertThat(run("generate", "--data", data.toString(), "--out", out.toString(), "--report-date", "2026-11-24")
                .code()).isZero();
        Map<String, String> published = GeneratorTestSupport.checksums(out);

        Process p = start("generate", "--data", data.toString(), "--out", out.toString(), "--report-date", "2026-11-25");
        waitForStaging(out, p);
        // One JVM: java -jar never starts a second one that could outlive it.
        assertThat(p.descendants()).as("processes the command started").isEmpty();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Map<String, String> left = new java.util.TreeMap<>(GeneratorTestSupport.checksums(out));
        left.keySet().removeIf(f -> f.startsWith(".roadcase-staging/"));
        assertThat(left).isEqualTo(published);
        Run next = run("generate", "--data", data.toString(), "--out", out.toString(), "--report-date", "2026-11-25");
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(out.resolve(".roadcase-staging")).doesNotExist();
    }

    /**
     * Runs two {@code generate}s into a small RAM disk that holds one output and a half, mounted in a
     * user namespace of its own (no root needed, gone when the script ends): the second fills it up.
     */
    private static final String FULL_DISK_SCRIPT = """
            set -u
            mnt="$1"; jar="$2"; data="$3"; java="$4"; tmp="$5"; size="$6"
            mount -t tmpfs -o size="$size" tmpfs "$mnt" || exit 90
            touch "$tmp/mounted"
            sums() { (cd "$mnt/site" && find . -type f | LC_ALL=C sort | xargs sha256sum) > "$tmp/$1.sums"; }
            "$java" -jar "$jar" generate --data "$data" --out "$mnt/site" --report-date 2026-11-24 \
                >"$tmp/first.out" 2>"$tmp/first.err"
            echo $? > "$tmp/first.code"; sums first
            "$java" -jar "$jar" generate --data "$data" --out "$mnt/site" --report-date 2026-11-25 \
                >"$tmp/second.out" 2>"$tmp/second.err"
            echo $? > "$tmp/second.code"; sums second
            ls -A "$mnt" "$mnt/site" > "$tmp/left.txt"
            """;

    @Test
    void aFullDiskFailsInOneLineAndLeavesThePreviousOutputAsItWas() throws Exception {
        Path unshare = ExternalTool.require("unshare");
        Path probe = tmp.resolve("probe");
        assertThat(run("generate", "--data", GeneratorTestSupport.SAMPLE.toString(), "--out", probe.toString())
                .code()).isZero();
        long kilobytes = 0;
        try (Stream<Path> files = Files.walk(probe)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                kilobytes += (Files.size(f) + 4095) / 4096 * 4;
            }
        }
        Path mnt = Files.createDirectories(tmp.resolve("disk"));
        Path script = Files.writeString(tmp.resolve("full-disk.sh"), FULL_DISK_SCRIPT);
        Process sh = new ProcessBuilder(unshare.toString(), "--map-root-user", "--mount", "sh", script.toString(),
                mnt.toString(), JAR.toAbsolutePath().toString(),
                GeneratorTestSupport.SAMPLE.toAbsolutePath().toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), tmp.toString(),
                kilobytes * 3 / 2 + "k")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("sh.txt").toFile()).start();
        assertThat(sh.waitFor(180, TimeUnit.SECONDS)).as("the full-disk script finished in time").isTrue();
        if (!Files.exists(tmp.resolve("mounted"))) {
            throw ExternalTool.unavailable("this machine lets no user namespace mount a small file system: "
                    + Files.readString(tmp.resolve("sh.txt")).strip());
        }

        assertThat(Files.readString(tmp.resolve("first.code")).strip()).as(Files.readString(tmp.resolve("first.err")))
                .isEqualTo("0");
        String err = Files.readString(tmp.resolve("second.err"));
        assertThat(Files.readString(tmp.resolve("second.code")).strip()).as(err).isEqualTo("3");
        assertThat(err.lines().filter(l -> l.startsWith("roadcase:")).toList()).singleElement().asString()
                .contains("cannot write ", "No space left on device", "the previous output is unchanged");
        assertThat(err).doesNotContain("\tat ", "Exception");
        assertThat(Files.readString(tmp.resolve("second.sums"))).isEqualTo(Files.readString(tmp.resolve("first.sums")))
                .isNotEmpty();
        assertThat(Files.readString(tmp.resolve("left.txt"))).doesNotContain("staging");
    }

    /**
     * Container images often set {@code JAVA_TOOL_OPTIONS} (a collector, a debugger agent). Each JVM reads
     * it: the command must run in the JVM it was started in, as given, and never start another.
     */
    @Test
    void runsInOneJvmWhateverJavaToolOptionsSay() throws Exception {
        String data = GeneratorTestSupport.SAMPLE.toString();
        for (String options : List.of("-XX:+UseParallelGC",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0")) {
            Path out = tmp.resolve("out-" + Math.abs(options.hashCode()));
            Run run = run(Map.of("JAVA_TOOL_OPTIONS", options), "generate", "--data", data, "--out", out.toString(),
                    "--report-date", "2026-11-24");

            assertThat(run.code()).as(options + ": " + run.err()).isZero();
            assertThat(run.out()).as(options).contains("wrote ");
            assertThat(out.resolve("index.html")).as(options).isRegularFile();
        }
    }

    @Test
    void twoRunsIntoOneFolderAtOnceNeverMixTheirOutput() throws Exception {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        Path out = tmp.resolve("site");
        // An explicit (missing) baseline: otherwise the later run compares with the earlier one's data.json,
        // and its output rightly differs from a run alone.
        String none = tmp.resolve("no-baseline.json").toString();
        Process first = start("generate", "--data", data.toString(), "--out", out.toString(), "--report-date", "2026-11-24",
                "--baseline", none);
        Process second = start("generate", "--data", data.toString(), "--out", out.toString(), "--report-date", "2026-11-25",
                "--baseline", none);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(new String(first.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        assertThat(second.exitValue()).as(new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();

        // Whichever finished last, the folder equals what that run alone writes.
        String json = Files.readString(out.resolve("data.json"));
        String date = json.contains("\"reportDate\" : \"2026-11-25\"") ? "2026-11-25" : "2026-11-24";
        Path alone = tmp.resolve("alone");
        Run single = run("generate", "--data", data.toString(), "--out", alone.toString(), "--report-date", date,
                "--baseline", none);
        assertThat(single.code()).as(single.err()).isZero();
        assertThat(GeneratorTestSupport.checksums(out)).isEqualTo(GeneratorTestSupport.checksums(alone));
    }

    private static void waitForStaging(Path out, Process p) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && p.isAlive()) {
            if (Files.isDirectory(out.resolve(".roadcase-staging"))) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the run never started writing (or finished before it could be killed)");
    }
}
