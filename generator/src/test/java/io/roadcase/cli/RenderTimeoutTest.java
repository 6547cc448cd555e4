package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.GeneratorTestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user template that loops for ever is stopped by the render time budget: exit 1 with one line naming
 * the template, nothing published, no lock or staging folder left behind, and the previous output kept.
 */
class RenderTimeoutTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {
        // a loop over a huge range, printing nothing
        "<#list 1..999999999 as i></#list>",
        // a loop printing, in a macro of an imported library
        "<#import \"lib.ftlh\" as lib><@lib.spin/>",
        // a loop without end made of a function calling a loop
        "<#function f n><#list 1..999999999 as i><#if i == -1><#return i></#if></#list><#return n></#function>${f(1)}"})
    void aTemplateThatLoopsForEverStopsWithItsNameAndLeavesThePreviousOutput(String template) throws IOException {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        Path out = tmp.resolve("out");
        assertThat(run(data, out, null, "5m").code).isZero();
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        Path templates = Files.createDirectories(tmp.resolve("templates/site"));
        Files.writeString(templates.resolve("lib.ftlh"), "<#macro spin><#list 1..999999999 as i>${i}</#list></#macro>");
        Files.writeString(templates.resolve("index.ftlh"), template);

        Run run = run(data, out, tmp.resolve("templates"), "2s");

        assertThat(run.code).as(run.err).isEqualTo(1);
        // The template running when time ran out: the page's own, or the imported library with the loop.
        assertThat(run.err).containsAnyOf("site/index.ftlh:", "site/lib.ftlh:").contains("rendering index.html")
                .contains("render time budget of 2 s").contains("--render-timeout").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain(".roadcase-staging");
        }
    }

    @Test
    void aGenerousBudgetLetsEveryPageRender() throws IOException {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));

        Run run = run(data, tmp.resolve("out"), null, "PT10M");

        assertThat(run.code).as(run.err).isZero();
        assertThat(tmp.resolve("out/roadmap.html")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "-5m", "soon", "5 parsecs"})
    void anUnreadableBudgetIsWrongUsage(String budget) throws IOException {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));

        Run run = run(data, tmp.resolve("out"), null, budget);

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("--render-timeout");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private record Run(int code, String err) {
    }

    private static Run run(Path data, Path out, Path templates, String budget) {
        StringWriter err = new StringWriter();
        String[] args = templates == null
                ? new String[] {"generate", "--data", data.toString(), "--out", out.toString(), "--report-date",
                    "2026-11-24", "--render-timeout", budget}
                : new String[] {"generate", "--data", data.toString(), "--out", out.toString(), "--report-date",
                    "2026-11-24", "--render-timeout", budget, "--templates", templates.toString()};
        int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return new Run(code, err.toString());
    }
}
