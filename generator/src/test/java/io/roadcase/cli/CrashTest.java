package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.GeneratorTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run the JVM stops (out of memory or stack) exits 3 with one line that says what to do. */
class CrashTest {

    @TempDir
    Path tmp;

    @Test
    void aTemplateThatRecursesWithoutEndIsALocatedTemplateErrorInOneLine() throws IOException {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        Path templates = Files.createDirectories(tmp.resolve("templates/site"));
        Files.writeString(templates.resolve("index.ftlh"), "<#macro again n><@again n + 1/></#macro><@again 0/>");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"generate", "--data", data.toString(), "--out", tmp.resolve("out").toString(),
            "--templates", tmp.resolve("templates").toString(), "--report-date", "2026-11-24"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        // The stack overflows inside the page's rendering, where it is the template's fault: exit 1, located.
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("\tat ").contains("site/index.ftlh").contains("calls itself");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void outOfMemorySaysToRaiseTheHeap() {
        assertThat(Crash.advice(new OutOfMemoryError("Java heap space"))).contains("-Xmx").contains("roadcase.jvmArgs=-Xmx4g").contains("MAVEN_OPTS")
                .doesNotContain("\n");
    }

    @Test
    void stackOverflowNamesTemplatesAndTheStackSize() {
        assertThat(Crash.advice(new StackOverflowError())).contains("template").contains("-Xss").doesNotContain("\n");
    }
}
