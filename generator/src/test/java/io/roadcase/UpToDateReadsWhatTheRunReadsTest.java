package io.roadcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date check reads what the run reads (the data files, the logo, the templates) and nothing
 * else: files the run never reads do not make it stale, and a huge one is never hashed.
 */
class UpToDateReadsWhatTheRunReadsTest {

    @TempDir
    Path tmp;

    Path data;
    Path out;

    @BeforeEach
    void firstRun() throws IOException {
        data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        out = tmp.resolve("out");
        assertThat(generate().failed()).isFalse();
    }

    private Result generate() throws IOException {
        return new Generator(Config.of(data, out).withReportDate(LocalDate.of(2026, 11, 24))).generate();
    }

    @Test
    void filesTheRunNeverReadsDoNotMakeItStale() throws IOException {
        Files.createDirectories(data.resolve(".git/objects"));
        Files.writeString(data.resolve(".git/objects/ab"), "a commit");
        Files.createDirectories(data.resolve("target/classes"));
        Files.writeString(data.resolve("target/classes/x.class"), "bytes");
        Files.writeString(data.resolve("notes.txt"), "not a data file");
        Files.createDirectories(data.resolve("archive"));
        Files.writeString(data.resolve("archive/old-roadmap.csv"), "id,title\n");
        try (RandomAccessFile huge = new RandomAccessFile(data.resolve("archive/dump.bin").toFile(), "rw")) {
            huge.setLength(20L * 1024 * 1024 * 1024); // sparse: 20 GB that would take minutes to hash
        }

        assertThat(generate().upToDate()).isTrue();
    }

    @Test
    void aChangedDataFileOrLogoMakesItStale() throws IOException {
        Files.writeString(data.resolve("risks.csv"), Files.readString(data.resolve("risks.csv")) + "\n");
        assertThat(generate().upToDate()).isFalse();

        Files.writeString(data.resolve("northwind-logo.svg"),
                Files.readString(data.resolve("northwind-logo.svg")).replace("</svg>", "<g/></svg>"));
        assertThat(generate().upToDate()).isFalse();
        assertThat(generate().upToDate()).isTrue();
    }

    @Test
    void aNewDataFileMakesItStale() throws IOException {
        Files.writeString(data.resolve("stakeholders.csv"), "name,email,role,cases\nAda,ada@example.com,sponsor,*\n");
        assertThat(generate().upToDate()).isFalse();
    }

    @Test
    void aSpreadsheetOfAFormatNotReadMakesItStaleOnceSoItsWarningIsSeen() throws IOException {
        Files.writeString(data.resolve("budget.ods"), "an OpenDocument spreadsheet");
        Result added = generate();
        assertThat(added.upToDate()).isFalse();
        assertThat(added.problems()).anySatisfy(p -> assertThat(p.toString()).contains("budget.ods is not read"));

        Files.writeString(data.resolve("budget.ods"), "changed, and still never read");
        assertThat(generate().upToDate()).isTrue();
    }

    @Test
    void theChecksWithoutARunSayWhatTheRunWouldFind() throws IOException {
        Generator generator = new Generator(Config.of(data, out).withReportDate(LocalDate.of(2026, 11, 24)));
        Path stamp = tmp.resolve("validated");
        assertThat(generator.isUpToDate()).isTrue();
        assertThat(generator.isValidated(stamp)).isFalse();
        assertThat(generator.validate(stamp).upToDate()).isFalse();
        assertThat(generator.isValidated(stamp)).isTrue();

        Files.writeString(data.resolve("risks.csv"), Files.readString(data.resolve("risks.csv")) + "\n");

        assertThat(generator.isUpToDate()).isFalse();
        assertThat(generator.isValidated(stamp)).isFalse();
        assertThat(new Generator(Config.of(data, tmp.resolve("elsewhere"))).isUpToDate()).isFalse();
    }
}
