package io.roadcase.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.Config;
import io.roadcase.Result;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.read.ReadSummary;
import io.roadcase.source.DataFiles;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What travels to the goal's own JVM and back, and how that JVM is tuned. */
class ForkTest {

    @TempDir
    Path tmp;

    @Test
    void aRequestComesThroughItsPropertiesUnchanged() throws Exception {
        Config config = new Config(tmp.resolve("data with spaces"), tmp.resolve("out"), tmp.resolve("templates"),
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 1, 2), EnumSet.of(Config.Part.SITE, Config.Part.JSON),
                true, "0.1.0-SNAPSHOT roadcase-generator@123.456", "https://example.com/data.json?x=1&y=é");
        GoalRequest generate = GoalRequest.generate(config, Duration.ofMinutes(5));
        GoalRequest validate = GoalRequest.validate(Config.of(tmp.resolve("data"), null), tmp.resolve("stamp"));

        for (GoalRequest request : List.of(generate, validate)) {
            Properties written = request.toProperties();
            Path file = tmp.resolve("request.properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                written.store(out, null);
            }
            Properties read = new Properties();
            try (var in = Files.newInputStream(file)) {
                read.load(in);
            }
            assertThat(GoalRequest.of(read)).isEqualTo(request);
        }
    }

    @Test
    void anInterruptedWaitStopsTheRunAndSaysThePreviousOutputIsUnchanged() throws Exception {
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Sleep.class.getName()).start();
        try {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread waiting = new Thread(() -> {
                try {
                    Fork.waitFor(run);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            waiting.start();
            waiting.interrupt();
            waiting.join(10_000);

            assertThat(thrown.get()).isInstanceOf(MojoExecutionException.class)
                    .hasMessage("Roadcase was interrupted; the previous output is unchanged");
            assertThat(run.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            run.destroyForcibly();
        }
    }

    /** A run that would go on for a minute. */
    public static final class Sleep {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(60_000);
        }
    }

    @Test
    void anOutcomeComesBackWithItsProblemsAndSummary() throws Exception {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("read", 12L);
        Result result = new Result(List.of(Problem.warning(Place.file("roadmap.csv"), "a warning"),
                Problem.error(new Place("plan.xlsx", "Roadmap", "C7", null, "end_date"), "an error")), true, false, 0,
                stages, new ReadSummary(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        Path file = write(Outcome.of(result));

        Outcome back = Fork.read(file);

        assertThat(back.result).isEqualTo(result);
        assertThat(back.stop).isNull();
        Outcome stopped = Fork.read(write(Outcome.of(() -> {
            throw new OutOfMemoryError("Java heap space");
        })));
        assertThat(stopped.stop).isEqualTo(Outcome.Stop.CRASH);
        assertThat(stopped.message).contains("ran out of memory (Java heap space");
        assertThat(stopped.result).isNull();
    }

    @Test
    void anOutcomeFileHoldingAnythingElseIsRefused() throws Exception {
        Path file = tmp.resolve("outcome");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(new java.awt.Point(1, 2)); // serialisable, but neither Roadcase's nor java.base's
        }
        assertThatThrownBy(() -> Fork.read(file)).isInstanceOf(java.io.InvalidClassException.class);
    }

    @Test
    void theQuickCompilerExceptForValidatingLargeDataAndTheSerialCollectorUnlessTheUserChoseOtherwise() {
        long small = 100_000;
        long large = DataFiles.LARGE_BYTES;
        assertThat(Fork.tuning(GoalRequest.Goal.GENERATE, large, List.of(), true)).containsExactly(
                "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20", "-XX:+UseSerialGC",
                "-XX:+UseTransparentHugePages");
        assertThat(Fork.tuning(GoalRequest.Goal.VALIDATE, small, List.of(), false)).containsExactly(
                "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20", "-XX:+UseSerialGC");
        assertThat(Fork.tuning(GoalRequest.Goal.VALIDATE, large, List.of(), false))
                .containsExactly("-XX:+UseSerialGC");
        List<String> chosen = List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=4", "-XX:-UseTransparentHugePages");
        assertThat(Fork.tuning(GoalRequest.Goal.GENERATE, small, chosen, true)).isEmpty();
    }

    @Test
    void theJvmGetsMavensTimeZoneLocaleAndEncodingSoTodayIsTheSameDay() {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.GERMANY);
            assertThat(Fork.sameDefaults()).contains("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=de",
                    "-Duser.country=DE");
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void theHeapMavenWasGivenGoesAlongUnlessTheUsersOptionsGiveOne() {
        List<String> maven = List.of("-Dclassworlds.conf=/x", "-Xmx4g", "-Xss2m");
        assertThat(Fork.mavensHeap(maven, List.of())).containsExactly("-Xmx4g");
        assertThat(Fork.mavensHeap(maven, List.of("-Xmx1g"))).isEmpty();
        assertThat(Fork.mavensHeap(List.of("-XX:MaxRAMPercentage=50"), List.of("-Xss4m")))
                .containsExactly("-XX:MaxRAMPercentage=50");
        assertThat(Fork.mavensHeap(List.of("-Xss2m"), List.of())).isEmpty();
    }

    private Path write(Outcome outcome) throws Exception {
        Path file = Files.createTempFile(tmp, "outcome", "");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(outcome);
        }
        return file;
    }
}
