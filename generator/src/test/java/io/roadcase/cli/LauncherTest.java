package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private static final String[] ARGS = {"generate", "--data", "d", "--out", "o"};

    @Test
    void startsTheSameCommandWithTheTuningFirstSoTheUsersOptionsWin() {
        List<String> argv = List.of("-Xmx512m", "-Dx=1", "-XX:+UseSerialGC", "-jar", "roadcase.jar",
                "generate", "--data", "d", "--out", "o");

        assertThat(Launcher.tunedCommand("/jdk/bin/java", argv, ARGS)).hasValue(List.of("/jdk/bin/java",
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-Dx=1", "-XX:+UseSerialGC", "-jar", "roadcase.jar",
                "generate", "--data", "d", "--out", "o"));
    }

    @Test
    void runsInThisJvmWhenItsOptionsMustNotBeRepeated() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation",
                "-XX:StartFlightRecording=filename=rec.jfr", "-Dcom.sun.management.jmxremote.port=9010",
                "-Xlog:gc:file=gc.log", "-ea")) {
            List<String> argv = List.of(option, "-jar", "roadcase.jar", "generate", "--data", "d", "--out", "o");
            assertThat(Launcher.tunedCommand("java", argv, ARGS)).as(option).isEmpty();
        }
    }

    @Test
    void runsInThisJvmWhenTheCommandLineIsNotTheOneItRuns() {
        assertThat(Launcher.tunedCommand("java", List.of("-cp", "roadcase.jar", "io.roadcase.cli.Main", "generate",
                "--data", "d", "--out", "o"), ARGS)).isEmpty();
        assertThat(Launcher.tunedCommand("java", List.of("-jar", "roadcase.jar", "generate"), ARGS)).isEmpty();
        assertThat(Launcher.tunedCommand("java", List.of("-jar"), ARGS)).isEmpty();
    }

    @Test
    void onlyGenerateIsTuned() {
        assertThat(Launcher.isGenerate(ARGS)).isTrue();
        assertThat(Launcher.isGenerate(new String[] {"validate", "--data", "generate"})).isFalse();
        assertThat(Launcher.isGenerate(new String[] {"--version"})).isFalse();
        assertThat(Launcher.isGenerate(new String[0])).isFalse();
    }
}
