package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.GeneratorTestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders that publishing would ruin are refused with exit 2 and one line, before anything is
 * written: not even a lock file appears. The folders are compared as real paths.
 */
class DangerousOutputTest {

    @TempDir
    Path tmp;

    Path data;
    Path templates;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void sample() throws IOException {
        data = GeneratorTestSupport.copySample(tmp.resolve("work/data"));
        templates = Files.createDirectories(tmp.resolve("work/templates"));
    }

    private int generate(String output, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--data", data.toString(), "--out", output,
                "--report-date", "2026-11-24"));
        args.addAll(List.of(more));
        return Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void refusedInOneLine(int code, String why) throws IOException {
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains(why).doesNotContain("Exception");
        assertThat(listing(tmp)).noneMatch(p -> p.contains("roadcase-lock") || p.contains("staging")
                || p.endsWith("index.html"));
    }

    @Test
    void theRootIsRefused() throws IOException {
        refusedInOneLine(generate("/"), "root of the file system");
    }

    @Test
    void theHomeFolderIsRefused() throws IOException {
        refusedInOneLine(generate(System.getProperty("user.home")), "home folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"work/data", "work/data/.", "work/data/out", "work/data/a/b/c", "work", ".", "work/../work/data",
        "work/data-link", "work/data-link/site"})
    void foldersThatAreHoldOrSitInTheDataFolderAreRefused(String relative) throws IOException {
        Files.createSymbolicLink(tmp.resolve("work/data-link"), data);
        int code = generate(tmp.resolve(relative).toString());
        refusedInOneLine(code, "data folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"work/templates", "work/templates/out"})
    void theTemplateFolderAndFoldersInItAreRefused(String relative) throws IOException {
        int code = generate(tmp.resolve(relative).toString(), "--templates", templates.toString());
        refusedInOneLine(code, "template folder");
    }

    @Test
    void aFolderBesideTheDataFolderIsFineAndItsLockStaysInside() throws IOException {
        int code = generate(tmp.resolve("work/site").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(tmp.resolve("work/site/index.html")).isRegularFile();
        // The lock lives in the output folder it guards, never beside it in a folder Roadcase does not own.
        assertThat(listing(tmp)).filteredOn(p -> p.contains("roadcase-lock")).containsExactly("work/site/.roadcase-lock");
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).toList();
        }
    }
}
