package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.Fixtures;
import io.roadcase.model.Report;
import io.roadcase.model.Settings;
import io.roadcase.render.MemoryOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users control: templates and assets by file name (their templates run in a sandbox), the logo,
 * the locale and the brand colour.
 */
class CustomisationTest {

    private static final Report REPORT = Fixtures.report();

    @Test
    void userTemplateReplacesTheBuiltInOneAndKeepsTheLayout(@TempDir Path templates) throws IOException {
        write(templates, "site/kpis.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title="Our metrics" section="kpis">
                <#list report.kpis as k>
                <p class="mine">${k.kpi.name}: ${fmt.kpiValue(k.kpi, k.latest.value)}</p>
                </#list>
                </@layout.page>
                """);

        MemoryOutput output = SitePages.render(REPORT, templates, null);

        assertThat(output.text("kpis.html")).contains("<h1>Our metrics</h1>",
                "<p class=\"mine\">Checkout conversion: 4.5%</p>",
                "Acme Product Portfolio");
        assertThat(output.text("roadmap.html")).contains("<h1>Roadmap</h1>");
    }

    @Test
    void exampleOverrideInTheDocsWorks(@TempDir Path templates) throws IOException {
        // Surefire runs in the generator module: the docs are next to it.
        Path docs = Path.of("..", "docs", "templates.md");
        Assumptions.assumeTrue(Files.exists(docs), "docs/templates.md not found from " + docs.toAbsolutePath());
        String text = Files.readString(docs);
        int start = text.indexOf("```ftl") + "```ftl".length();
        String example = text.substring(start, text.indexOf("```", start));
        write(templates, "site/kpis.ftlh", example);

        MemoryOutput output = SitePages.render(REPORT, templates, null);

        assertThat(output.text("kpis.html")).contains("<h1>Our metrics</h1>", "Checkout conversion", "Off target");
    }

    @Test
    void userAssetReplacesTheBuiltInOneAndExtraAssetsAreCopied(@TempDir Path templates) throws IOException {
        write(templates, "assets/css/roadcase.css", "body { color: teal; }");
        write(templates, "assets/img/team.png", "not really a png");

        MemoryOutput output = SitePages.render(REPORT, templates, null);

        assertThat(output.text("assets/css/roadcase.css")).isEqualTo("body { color: teal; }");
        assertThat(output.text("assets/img/team.png")).isEqualTo("not really a png");
        assertThat(output.bytes("assets/fonts/DejaVuSans.woff")).isNotEmpty();
    }

    @Test
    void aFontReplacingTheOldTrueTypeFileIsReportedUnlessItsWoffOrOwnStylesheetIsThere(@TempDir Path templates)
            throws IOException {
        write(templates, "assets/fonts/DejaVuSans.ttf", "our brand font");

        assertThat(new SiteAssets(templates).retiredFonts()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(io.roadcase.model.Problem.Level.WARNING);
            assertThat(p.place().file()).isEqualTo("template folder, assets/fonts/DejaVuSans.ttf");
            assertThat(p.message()).contains("assets/fonts/DejaVuSans.woff");
        });

        write(templates, "assets/fonts/DejaVuSans.woff", "our brand font as WOFF");
        assertThat(new SiteAssets(templates).retiredFonts()).isEmpty();

        write(templates, "assets/fonts/DejaVuSans-Bold.ttf", "bold");
        write(templates, "assets/css/roadcase.css", "@font-face { src: url(\"../fonts/DejaVuSans-Bold.ttf\"); }");
        assertThat(new SiteAssets(templates).retiredFonts()).isEmpty();
    }

    @Test
    void userTemplateCannotIncludeAFileOutsideItsFolder(@TempDir Path root) throws IOException {
        Path templates = root.resolve("templates");
        write(root, "secret.txt", "password=hunter2");
        write(templates, "site/index.ftlh", "<#include \"../../secret.txt\">");

        assertThatThrownBy(() -> SitePages.render(REPORT, templates, null))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("site/index.ftlh")
                .hasMessageContaining("Backing out from the template root directory is not allowed")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void userTemplateLinkingOutsideItsFolderIsRefused(@TempDir Path root) throws IOException {
        Path templates = root.resolve("templates");
        write(root, "secret.ftlh", "password=hunter2");
        Files.createDirectories(templates.resolve("site"));
        Files.createSymbolicLink(templates.resolve("site/index.ftlh"), root.resolve("secret.ftlh"));

        assertThatThrownBy(() -> SitePages.render(REPORT, templates, null))
                .hasMessageContaining("site/index.ftlh")
                .hasMessageContaining("secret.ftlh")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void userTemplateCannotCreateJavaObjects(@TempDir Path templates) throws IOException {
        write(templates, "site/index.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");

        assertThatThrownBy(() -> SitePages.render(REPORT, templates, null))
                .hasMessageContaining("site/index.ftlh")
                .hasMessageContaining("not allowed in the template for security reasons");
    }

    @Test
    void userTemplateCannotReachTheJavaApi(@TempDir Path templates) throws IOException {
        write(templates, "site/index.ftlh", "${report.settings?api.getClass().getName()}");

        assertThatThrownBy(() -> SitePages.render(REPORT, templates, null))
                .hasMessageContaining("site/index.ftlh").hasMessageContaining("api_builtin_enabled");
    }

    @Test
    void missingValueIsAnErrorNotABlank(@TempDir Path templates) throws IOException {
        write(templates, "site/index.ftlh", "<p>${report.settings.nosuchfield}</p>");

        assertThatThrownBy(() -> SitePages.render(REPORT, templates, null))
                .hasMessageContaining("site/index.ftlh")
                .hasMessageContaining("nosuchfield");
    }

    @Test
    void logoFromTheDataDirectoryIsCopiedAndShown(@TempDir Path data) throws IOException {
        write(data, "images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Report report = withLogo("images/logo.svg");

        MemoryOutput output = SitePages.render(report, null, data);

        assertThat(output.text("assets/logo.svg")).contains("<svg");
        assertThat(output.text("index.html")).contains("src=\"assets/logo.svg\"");
        assertThat(output.text("kpis/conv.html")).contains("src=\"../assets/logo.svg\"");
    }

    @Test
    void logoOutsideTheDataDirectoryIsIgnored(@TempDir Path root) throws IOException {
        Path data = root.resolve("data");
        Files.createDirectories(data);
        write(root, "outside.png", "png");

        MemoryOutput output = SitePages.render(withLogo("../outside.png"), null, data);

        assertThat(output.files().keySet()).noneMatch(p -> p.startsWith("assets/logo"));
        assertThat(output.text("index.html")).doesNotContain("outside.png");
    }

    @Test
    void pagesUseTheSettingsLocaleAndBrandColour() {
        Settings s = REPORT.settings();
        Report german = withSettings(new Settings(s.title(), s.organization(), s.currency(), s.discountRate(),
                s.reportDate(), s.fiscalYearStart(), Locale.GERMANY, s.dateFormat(), s.confidentiality(), "#ffd700",
                null, s.sensitivity(), s.pageSize()));

        String index = SitePages.render(german).text("index.html");

        assertThat(index).contains("<html lang=\"de-DE\">", "USD 450.000", "24.11.2026", "--brand: #ffd700",
                "--on-brand: #111827");
    }

    private static Report withLogo(String logo) {
        Settings s = REPORT.settings();
        return withSettings(new Settings(s.title(), s.organization(), s.currency(), s.discountRate(), s.reportDate(),
                s.fiscalYearStart(), s.locale(), s.dateFormat(), s.confidentiality(), s.brandColor(), logo,
                s.sensitivity(), s.pageSize()));
    }

    private static Report withSettings(Settings settings) {
        return new Report(REPORT.reportDate(), settings, REPORT.initiatives(), REPORT.kpis(), REPORT.fundingCases(),
                REPORT.risks(), REPORT.stakeholders(), REPORT.summary(), REPORT.problems());
    }

    private static void write(Path folder, String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
