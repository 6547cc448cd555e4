package io.roadcase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Config;
import io.roadcase.Generator;
import io.roadcase.GeneratorTestSupport;
import io.roadcase.Result;
import io.roadcase.model.Stakeholder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OUTPUT.md: the output folder is published, so it never holds a stakeholder's e-mail address: not in
 * data.json, a page, a brief, a problem message or a user template's output.
 */
class NoAddressPublishedTest {

    @TempDir
    Path work;

    @Test
    void nothingUnderTheSampleOutputHoldsAStakeholderAddress() throws IOException {
        Path data = GeneratorTestSupport.copySample(work.resolve("data"));
        Path out = work.resolve("out");
        Config config = Config.of(data, out).withReportDate(LocalDate.of(2026, 11, 24));
        List<Stakeholder> people = new Generator(config).report().stakeholders();
        assertThat(people).hasSizeGreaterThan(5);
        Result generated = new Generator(config).generate();
        assertThat(generated.failed()).as("%s", generated.problems()).isFalse();
        List<String> addresses = people.stream().map(Stakeholder::email).filter(e -> e.contains("@"))
                .map(e -> e.toLowerCase(Locale.ROOT)).toList();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.toString().endsWith(".pdf")).anyMatch(f -> f.endsWith("data.json"));
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            if (file.toString().endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    text += new PDFTextStripper().getText(pdf);
                }
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (String address : addresses) {
                assertThat(lower).as("%s holds %s", out.relativize(file), address).doesNotContain(address);
            }
        }
        assertThat(Files.readString(out.resolve("data.json"))).contains("\"stakeholders\"", "\"Dana Whitfield\"")
                .doesNotContain("\"email\"");
    }

    @Test
    void aMalformedAddressIsNotRepeatedInItsProblem() throws IOException {
        Path data = MailFixture.data(work.resolve("data"));
        Files.writeString(data.resolve("stakeholders.csv"), "Eve Broken,eve.broken@example,,*,no\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Result result = new Generator(MailFixture.config(data, work.resolve("out"))).validate();
        assertThat(result.problems()).anyMatch(p -> p.message().startsWith("email: expected an address"));
        assertThat(result.problems()).noneMatch(p -> p.toString().contains("eve.broken"));
    }

    @Test
    void aUserTemplateCannotReachTheAddress(@TempDir Path templates) throws IOException {
        Path data = GeneratorTestSupport.copySample(work.resolve("data"));
        Files.createDirectories(templates.resolve("site"));
        Files.writeString(templates.resolve("site/kpis.ftlh"),
                "<#list report.stakeholders as s>${s.name} ${s}</#list>", StandardCharsets.UTF_8);
        Path out = work.resolve("out");
        Config config = Config.of(data, out).withReportDate(LocalDate.of(2026, 11, 24)).withTemplates(templates);
        Result generated = new Generator(config).generate();
        assertThat(generated.failed()).as("%s", generated.problems()).isFalse();
        assertThat(Files.readString(out.resolve("kpis.html"))).contains("Dana Whitfield")
                .doesNotContain("@northwind.example");

        Files.writeString(templates.resolve("site/kpis.ftlh"), "${report.stakeholders[0].email}",
                StandardCharsets.UTF_8);
        // The user's template fails with its place, like any other template error; nothing is published.
        Result refused = new Generator(config).generate();
        assertThat(refused.failed()).isTrue();
        assertThat(refused.problems()).filteredOn(p -> p.isError()).singleElement().asString().contains("kpis.ftlh").contains("email");
        assertThat(Files.readString(out.resolve("kpis.html"))).doesNotContain("@northwind.example");
    }
}
