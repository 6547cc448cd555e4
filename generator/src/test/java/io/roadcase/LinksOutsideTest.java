package io.roadcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside the data folder (or the template folder) is read or published: a symbolic link, to a
 * file or to a folder on the way, that leads out is refused with its place, and the secret it points
 * to appears nowhere in the output.
 */
class LinksOutsideTest {

    static final String SECRET = "AWS_SECRET_ACCESS_KEY=hunter2-do-not-publish";

    @TempDir
    Path tmp;

    Path data;
    Path out;
    Path secrets;

    @BeforeEach
    void sampleAndSecrets() throws IOException {
        data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        out = tmp.resolve("out");
        secrets = Files.createDirectories(tmp.resolve("elsewhere"));
    }

    private Config config() {
        return Config.of(data, out).withReportDate(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aDataFileLinkingOutsideIsRefusedWithItsPlace() throws IOException {
        Path passwd = Files.writeString(secrets.resolve("passwd"), "root:x:0:0:" + SECRET + ":/root:/bin/bash\n");
        Files.delete(data.resolve("risks.csv"));
        Files.createSymbolicLink(data.resolve("risks.csv"), passwd);

        Result result = new Generator(config()).generate();

        assertThat(result.failed()).isTrue();
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.place().file()).isEqualTo("risks.csv");
            assertThat(p.message()).contains("symbolic link").contains("outside the data folder");
        });
        assertThat(result.problems().toString()).doesNotContain(SECRET);
        assertThat(out).doesNotExist();
    }

    @Test
    void aDataFileLinkingInsideTheFolderIsRead() throws IOException {
        Files.createDirectories(data.resolve("real"));
        Files.move(data.resolve("risks.csv"), data.resolve("real/risks.csv"));
        Files.createSymbolicLink(data.resolve("risks.csv"), Path.of("real/risks.csv"));

        Result result = new Generator(config()).validate();

        assertThat(result.problems()).noneMatch(Problem::isError);
    }

    @Test
    void aLogoLinkingOutsideIsRefusedAndNeverPublished() throws IOException {
        Path environ = Files.writeString(secrets.resolve("environ"), "<svg xmlns='http://www.w3.org/2000/svg'>"
                + "<text>" + SECRET + "</text></svg>");
        Files.delete(data.resolve("northwind-logo.svg"));
        Files.createSymbolicLink(data.resolve("northwind-logo.svg"), environ);

        Result result = new Generator(config()).generate();

        assertThat(result.failed()).isTrue();
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.place().file()).isEqualTo("portfolio.xlsx");
            assertThat(p.place().cell()).isNotNull();
            assertThat(p.message()).contains("setting logo").contains("outside the data folder");
        });
        assertThat(out).doesNotExist();
    }

    @Test
    void aLogoInAFolderThatLinksOutsideIsRefused() throws IOException {
        Files.writeString(secrets.resolve("northwind-logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.delete(data.resolve("northwind-logo.svg"));
        // A folder inside the data folder that is a link out, and the logo reached through it.
        Files.createSymbolicLink(data.resolve("brand"), secrets);
        Files.createSymbolicLink(data.resolve("northwind-logo.svg"), Path.of("brand/northwind-logo.svg"));

        Result result = new Generator(config()).validate();

        assertThat(result.problems()).filteredOn(Problem::isError)
                .anySatisfy(p -> assertThat(p.message()).contains("outside the data folder"));
    }

    @Test
    void aLogoThatIsNotTheImageItsNameSaysIsRefused() throws IOException {
        Files.write(data.resolve("northwind-logo.svg"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});

        Result result = new Generator(config()).validate();

        assertThat(result.problems()).filteredOn(Problem::isError).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("SVG").contains("PNG"));
    }

    @Test
    void aMissingLogoIsAWarningAtTheSetting() throws IOException {
        Files.delete(data.resolve("northwind-logo.svg"));

        Result result = new Generator(config()).validate();

        assertThat(result.problems()).noneMatch(Problem::isError).anySatisfy(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.place().file()).isEqualTo("portfolio.xlsx");
            assertThat(p.message()).contains("setting logo").contains("northwind-logo.svg");
        });
    }

    @Test
    void aPublishedSvgLogoHasNoScriptLeft() throws IOException {
        Files.writeString(data.resolve("northwind-logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg' "
                + "onload='alert(1)'><script>alert(document.cookie)</script><rect width='10' height='10'/></svg>",
                StandardCharsets.UTF_8);

        Result result = new Generator(config()).generate();

        assertThat(result.failed()).isFalse();
        String published = Files.readString(out.resolve("assets/logo.svg"));
        assertThat(published).contains("<rect").doesNotContain("script").doesNotContain("onload")
                .doesNotContain("alert");
    }

    @Test
    void aTemplateAssetLinkingOutsideIsRefusedWithItsPlace() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates/assets"));
        Files.writeString(secrets.resolve("id_rsa"), SECRET);
        Files.createSymbolicLink(templates.resolve("key.txt"), secrets.resolve("id_rsa"));

        assertThatThrownBy(() -> new Generator(config().withTemplates(tmp.resolve("templates"))).generate())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("assets/key.txt").hasMessageContaining("outside the template folder");
        assertThat(out).doesNotExist();
    }

    @Test
    void aTemplateAssetFolderLinkingOutsideIsRefused() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates/assets"));
        Files.writeString(secrets.resolve("id_rsa"), SECRET);
        Files.createSymbolicLink(templates.resolve("img"), secrets);

        assertThatThrownBy(() -> new Generator(config().withTemplates(tmp.resolve("templates"))).generate())
                .isInstanceOf(IOException.class).hasMessageContaining("assets/img");
        assertThat(out).doesNotExist();
    }
}
