package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void wrongUsageExitsWithTwoAndShowsHelp() {
        assertThat(run("generate", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option", "Usage: roadcase generate");
    }

    @Test
    void noCommandIsWrongUsage() {
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void badReportDateIsWrongUsage() {
        assertThat(run("validate", "--report-date", "24/11/2026")).isEqualTo(2);
    }

    @Test
    void helpNamesBothCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate", "generate", "Exit codes");
    }

    @Test
    void missingDataFolderIsADataErrorWithoutStackTrace() {
        int code = run("validate", "--data", tmp.resolve("nothing-here").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("nothing-here").doesNotContain("Exception", "\tat ");
    }
}
