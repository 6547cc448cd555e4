package io.roadcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the sample data, through the facade the command line and plugin use. */
class GeneratorTest {

    static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 24);

    @TempDir
    Path tmp;

    Path data;
    Path out;

    @BeforeEach
    void copySampleData() throws IOException {
        data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        out = tmp.resolve("out");
    }

    private Config config() {
        return Config.of(data, out).withReportDate(REPORT_DATE);
    }

    @Test
    void writesEveryPartOfTheOutputFolder() throws IOException {
        Result result = new Generator(config()).generate();

        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(result.failed()).isFalse();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("roadmap.html")).isRegularFile();
        assertThat(out.resolve("kpis.html")).isRegularFile();
        assertThat(out.resolve("funding.html")).isRegularFile();
        assertThat(out.resolve("data.json")).isRegularFile();
        assertThat(out.resolve("pdf/portfolio.pdf")).isRegularFile();
        assertThat(list(out.resolve("initiatives"))).hasSizeGreaterThanOrEqualTo(25);
        assertThat(list(out.resolve("kpis"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(list(out.resolve("funding"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(list(out.resolve("pdf"))).hasSize(list(out.resolve("funding")).size() + 1);
        assertThat(list(out.resolve("charts"))).anyMatch(n -> n.endsWith(".svg")).anyMatch(n -> n.endsWith(".png"));
        assertThat(list(out.resolve("assets"))).isNotEmpty();
        assertThat(result.stageMillis()).containsKeys("read", "check", "analyze", "charts", "site", "pdf", "json",
                "publish");
    }

    @Test
    void neverModifiesItsInputs() throws IOException {
        Map<String, String> before = checksums(data);
        new Generator(config()).generate();
        new Generator(config()).validate();
        assertThat(checksums(data)).isEqualTo(before);
    }

    @Test
    void anUnchangedRerunWritesNothing() throws IOException {
        new Generator(config()).generate();
        Map<String, FileTime> times = modificationTimes(out);

        Result again = new Generator(config()).generate();

        assertThat(again.upToDate()).isTrue();
        assertThat(modificationTimes(out)).isEqualTo(times);
    }

    @Test
    void aChangedOptionIsNotUpToDate() throws IOException {
        new Generator(config()).generate();
        Result other = new Generator(config().withReportDate(REPORT_DATE.plusDays(1))).generate();
        assertThat(other.upToDate()).isFalse();
    }

    @Test
    void aChangedFileInASubFolderOfTheDataIsNotUpToDate() throws IOException {
        Files.createDirectories(data.resolve("images"));
        Files.writeString(data.resolve("images/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        new Generator(config()).generate();
        Files.writeString(data.resolve("images/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><g/></svg>");

        assertThat(new Generator(config()).generate().upToDate()).isFalse();
    }

    @Test
    void dataErrorsPublishNothingAndKeepThePreviousOutput() throws IOException {
        new Generator(config()).generate();
        Map<String, String> published = checksums(out);
        Files.writeString(data.resolve("initiatives.csv"), "id,title,start,end\nBROKEN-1,Broken,2026-05-01,2026-01-01\n");

        Result result = new Generator(config()).generate();

        assertThat(result.failed()).isTrue();
        assertThat(result.problems()).anyMatch(p -> p.isError() && p.place() != null
                && "initiatives.csv".equals(p.place().file()) && Integer.valueOf(2).equals(p.place().line()));
        assertThat(checksums(out)).isEqualTo(published);
    }

    @Test
    void aTemplateErrorKeepsThePreviousOutput() throws IOException {
        new Generator(config()).generate();
        Map<String, String> published = checksums(out);
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("site"));
        Files.writeString(templates.resolve("site/index.ftlh"), "<p>${noSuchValue}</p>");

        Result result = new Generator(config().withTemplates(templates)).generate();

        // The user's template, not Roadcase, is at fault: a failed run with the template's place.
        assertThat(result.failed()).isTrue();
        assertThat(result.problems()).anyMatch(p -> p.isError() && p.place() != null
                && p.place().file().endsWith("index.ftlh") && Integer.valueOf(1).equals(p.place().line()));
        assertThat(checksums(out)).isEqualTo(published);
    }

    @Test
    void sameInputsGiveTheSameBytesInAnyTimeZoneAndLocale() throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            new Generator(config()).generate();
            Map<String, String> first = checksums(out);

            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Path second = tmp.resolve("out2");
            new Generator(Config.of(data, second).withReportDate(REPORT_DATE)).generate();

            assertThat(checksums(second)).isEqualTo(first);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private static java.util.List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> checksums(Path root) throws IOException {
        return GeneratorTestSupport.checksums(root);
    }

    private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }
}
