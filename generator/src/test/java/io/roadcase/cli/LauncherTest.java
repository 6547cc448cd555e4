package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    private static final String[] ARGS = {"generate", "--data", "d", "--out", "o"};

    @Test
    void startsTheSameCommandWithTheTuningFirstSoTheUsersOptionsWin() {
        List<String> argv = List.of("-Xmx512m", "-Dx=1", "-XX:-UseTransparentHugePages", "-jar", "roadcase.jar",
                "generate", "--data", "d", "--out", "o");

        assertThat(Launcher.tunedCommand("/jdk/bin/java", argv, ARGS, true)).hasValue(List.of("/jdk/bin/java",
                "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages",
                "-Xmx512m", "-Dx=1", "-XX:-UseTransparentHugePages", "-jar", "roadcase.jar",
                "generate", "--data", "d", "--out", "o"));
    }

    @Test
    void keepsTheUsersCollectorAndAsksForHugePagesOnlyWhereTheKernelGivesThem() {
        List<String> argv = List.of("-XX:+UseG1GC", "-jar", "roadcase.jar", "generate", "--data", "d", "--out", "o");

        assertThat(Launcher.tunedCommand("java", argv, ARGS, false)).hasValue(List.of("java",
                "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20", "-XX:+UseG1GC", "-jar", "roadcase.jar",
                "generate", "--data", "d", "--out", "o"));
    }

    @Test
    void handsTheTunedJvmTheClassDataArchiveBesideTheJar(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("roadcase.jar"));
        List<String> argv = List.of("-jar", jar.toString(), "generate", "--data", "d", "--out", "o");

        assertThat(Launcher.tunedCommand("java", argv, ARGS, false).orElseThrow())
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));

        Files.createFile(dir.resolve("roadcase.jsa"));
        assertThat(Launcher.tunedCommand("java", argv, ARGS, false)).hasValue(List.of("java",
                "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + dir.resolve("roadcase.jsa").toAbsolutePath(),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", jar.toString(), "generate", "--data", "d", "--out", "o"));
    }

    @Test
    void theTunedJvmStartsWithEveryOptionItIsGiven() throws Exception {
        List<String> command = Launcher.tunedCommand(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                List.of("-Xmx64m", "-jar", "x.jar", "generate", "--data", "d", "--out", "o"), ARGS,
                Launcher.hugePagesOnRequest()).orElseThrow();
        List<String> version = new ArrayList<>(command.subList(0, command.indexOf("-jar")));
        version.add("-version");
        Process java = new ProcessBuilder(version).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor()).as(output).isZero();
        assertThat(output).as("no JVM warning").doesNotContainIgnoringCase("warning");
    }

    @Test
    void runsInThisJvmWhenItsOptionsMustNotBeRepeated() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation",
                "-XX:StartFlightRecording=filename=rec.jfr", "-Dcom.sun.management.jmxremote.port=9010",
                "-Xlog:gc:file=gc.log", "-ea")) {
            List<String> argv = List.of(option, "-jar", "roadcase.jar", "generate", "--data", "d", "--out", "o");
            assertThat(Launcher.tunedCommand("java", argv, ARGS, true)).as(option).isEmpty();
        }
    }

    @Test
    void runsInThisJvmWhenTheCommandLineIsNotTheOneItRuns() {
        assertThat(Launcher.tunedCommand("java", List.of("-cp", "roadcase.jar", "io.roadcase.cli.Main", "generate",
                "--data", "d", "--out", "o"), ARGS, true)).isEmpty();
        assertThat(Launcher.tunedCommand("java", List.of("-jar", "roadcase.jar", "generate"), ARGS, true)).isEmpty();
        assertThat(Launcher.tunedCommand("java", List.of("-jar"), ARGS, true)).isEmpty();
    }

    @Test
    void onlyHotSpotIsTunedItsOptionsMeanNothingToOpenJ9() {
        assertThat(Launcher.isHotSpot("OpenJDK 64-Bit Server VM")).isTrue();
        assertThat(Launcher.isHotSpot("Java HotSpot(TM) 64-Bit Server VM")).isTrue();
        assertThat(Launcher.isHotSpot("Eclipse OpenJ9 VM")).isFalse();
        assertThat(Launcher.isHotSpot(null)).isFalse();
    }

    @Test
    void onlyGenerateIsTuned() {
        assertThat(Launcher.isGenerate(ARGS)).isTrue();
        assertThat(Launcher.isGenerate(new String[] {"validate", "--data", "generate"})).isFalse();
        assertThat(Launcher.isGenerate(new String[] {"--version"})).isFalse();
        assertThat(Launcher.isGenerate(new String[0])).isFalse();
    }
}
