package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.GeneratorTestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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
    void wrongUsageExitsWithTwoAndSaysWhatWasWrongAndWhereTheHelpIs() {
        assertThat(run("generate", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("roadcase: unknown option '--no-such-option'\n"
                + "Usage: roadcase generate [OPTIONS]\nRun 'roadcase generate --help' for its options.\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noCommandOrAnUnknownOneIsWrongUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("publish")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command 'publish': say what to do: init, validate, generate or mail",
                "Run 'roadcase --help' for the commands.");
    }

    @Test
    void everyCommandHasItsHelpAndTheVersion() {
        for (String command : new String[] {"init", "validate", "generate", "mail"}) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString()).startsWith("Usage: roadcase " + command + " [OPTIONS]").contains("--version");
            assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
            String help = out.toString();
            out.getBuffer().setLength(0);
            assertThat(run("help", command)).isZero();
            assertThat(out.toString()).isEqualTo(help);
        }
        out.getBuffer().setLength(0);
        assertThat(run("generate", "-V")).isZero();
        assertThat(out.toString()).matches("roadcase \\S+\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void badReportDateIsWrongUsage() {
        assertThat(run("validate", "--report-date", "24/11/2026")).isEqualTo(2);
    }

    @Test
    void helpNamesBothCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("init", "validate", "generate", "mail", "help COMMAND", "Exit codes");
        assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void saysWhatWasReadAndFailsWhenNothingWas() throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("roadmap.csv"), "id,title\nR1,Search\n");

        assertThat(run("validate", "--data", tmp.toString(), "--report-date", "2026-01-01")).isZero();
        assertThat(out.toString()).startsWith("roadcase: read 1 initiative from 1 file\n")
                .contains("roadcase: the data is valid");

        java.nio.file.Files.move(tmp.resolve("roadmap.csv"), tmp.resolve("roadmap-2026.csv"));
        assertThat(run("validate", "--data", tmp.toString(), "--report-date", "2026-01-01")).isEqualTo(1);
        assertThat(out.toString()).contains("roadcase: read nothing from 1 file");
        assertThat(err.toString()).contains("nothing to report", "roadmap-2026.csv looks like a roadmap table",
                "name the file roadmap.csv").doesNotContain("the data is valid");
    }

    @Test
    void missingDataFolderIsADataErrorWithoutStackTrace() {
        int code = run("validate", "--data", tmp.resolve("nothing-here").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("nothing-here").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aTemplateThatDoesNotParseIsTheUsersErrorWithItsFileLineAndColumn() throws IOException {
        Path templates = tmp.resolve("templates");
        Path index = Files.createDirectories(templates.resolve("site")).resolve("index.ftlh");
        Files.writeString(index, "<h1>${report.settings.title}</h1>\n<#if report.kpis?size > 0>\n<p>open\n");

        int code = generateWith(templates);

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString().lines().filter(l -> l.startsWith("error: ")).toList()).singleElement().asString()
                .startsWith("error: " + index + ", line ")
                .contains("column ", "the template does not parse", "#if");
        assertThat(err.toString()).contains("nothing was published").doesNotContain("Exception", "\tat ", "----");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void aTemplateThatFailsWhileRenderingNamesTheExpressionAndItsPlace() throws IOException {
        Path templates = tmp.resolve("templates");
        Path index = Files.createDirectories(templates.resolve("site")).resolve("index.ftlh");
        Files.writeString(index, "<h1>${report.settings.title}</h1>\n<p>${report.nosuchfield}</p>\n");

        int code = generateWith(templates);

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString().lines().filter(l -> l.startsWith("error: ")).toList()).singleElement().asString()
                .startsWith("error: " + index + ", line 2, column 6: the template failed while rendering index.html: ")
                .contains("expected a value for ${report.nosuchfield}, found none");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ", "Tip:");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    private int generateWith(Path templates) {
        return run("generate", "--data", GeneratorTestSupport.SAMPLE.toString(), "--out", tmp.resolve("site").toString(),
                "--templates", templates.toString(), "--only", "site", "--report-date", "2026-11-24");
    }
}
