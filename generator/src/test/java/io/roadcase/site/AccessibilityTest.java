package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.roadcase.Config;
import io.roadcase.Config.Part;
import io.roadcase.Generator;
import io.roadcase.GeneratorTestSupport;
import io.roadcase.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs axe-core, the accessibility engine browsers' own audit tools use, on one page of every kind of
 * the sample site (charts included) in headless Chromium, against WCAG 2.1 A and AA and axe's best
 * practices: no page may have a violation. axe-core is fetched by the build before the tests,
 * pinned and checked ({@code target/axe-core/}, see generator/pom.xml).
 */
class AccessibilityTest {


    /** Runs axe when the page has loaded and writes one line per violation into the page. */
    private static final String RUN_AXE = """
            axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}).then(function (r) {
              var pre = document.createElement('pre');
              pre.id = 'axe-result';
              var scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
              var summary = 'rules passed: ' + r.passes.length + ' ' + scheme;
              pre.textContent = summary + '\\n' + r.violations.map(function (v) {
                return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) {
                  return n.target.join(' ');
                }).join(', ');
              }).join('\\n');
              document.body.appendChild(pre);
            });
            """;

    private static final Pattern RESULT = Pattern.compile("<pre id=\"axe-result\">(.*?)</pre>", Pattern.DOTALL);

    @Test
    void everyKindOfPageHasNoAccessibilityViolation(@TempDir Path site, @TempDir Path profile) throws Exception {
        Path chromium = ExternalTool.require("chromium");
        Path axe = axeCore();
        Files.copy(axe, site.resolve("axe.min.js"));
        Files.writeString(site.resolve("axe-run.js"), RUN_AXE);
        // With the sample's October baseline: the changes page and the Changed marks are checked too.
        new Generator(Config.of(GeneratorTestSupport.SAMPLE, site).withReportDate(LocalDate.of(2026, 11, 24))
                .withParts(EnumSet.of(Part.SITE)).withBaseline("../sample-data/baseline/data.json")).generate();

        List<String> pages = List.of("index.html", "roadmap.html", "kpis.html", "funding.html", "changes.html",
                "objectives.html", first(site, "initiatives"), first(site, "kpis"), first(site, "funding"),
                first(site, "objectives"), "initiatives/GRW-320.html");
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            violations.addAll(audit(chromium, profile, site, page, "light"));
        }
        // The dark colour scheme has colours of its own: check their contrast on the pages with the most colour.
        for (String page : List.of("index.html", "changes.html", first(site, "funding"))) {
            violations.addAll(audit(chromium, profile, site, page, "dark"));
        }
        assertThat(violations).as("accessibility violations").isEmpty();
    }

    /** Opens a copy of the page with axe added, in a colour scheme, and returns the violations axe found. */
    private static List<String> audit(Path chromium, Path profile, Path site, String page, String scheme)
            throws Exception {
        String root = page.contains("/") ? "../" : "";
        String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        assertThat(html).contains("</body>");
        Path copy = site.resolve(page.replace(".html", ".axe.html"));
        Files.writeString(copy, html.replace("</body>", "<script src=\"" + root + "axe.min.js\"></script>"
                + "<script src=\"" + root + "axe-run.js\"></script></body>"));
        Path dump = profile.resolve("dom.html");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=30000", "--dump-dom",
                // Blink's preferred colour scheme: 0 dark, 1 light.
                "--blink-settings=preferredColorScheme=" + (scheme.equals("dark") ? 0 : 1), copy.toUri().toString())
                .redirectOutput(dump.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s on " + page);
        }
        String dom = Files.readString(dump, StandardCharsets.UTF_8);
        Matcher m = RESULT.matcher(dom);
        assertThat(m.find()).as("axe's result in the page %s", page).isTrue();
        List<String> lines = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .lines().toList();
        String[] summary = lines.get(0).split(" ");
        assertThat(lines.get(0)).as("axe ran on %s", page).startsWith("rules passed: ");
        assertThat(Integer.parseInt(summary[2])).as("rules axe checked on %s", page).isGreaterThan(20);
        assertThat(summary[3]).as("colour scheme of %s", page).isEqualTo(scheme);
        return lines.stream().skip(1).map(line -> page + " (" + scheme + "): " + line).toList();
    }

    private static String first(Path site, String folder) throws IOException {
        try (var files = Files.list(site.resolve(folder))) {
            return folder + "/" + files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
                    .findFirst().orElseThrow();
        }
    }

    /**
     * axe-core's script, which the build fetched before the tests (generator/pom.xml: pinned version,
     * checked integrity); nothing is downloaded here.
     */
    private static Path axeCore() {
        String property = System.getProperty("roadcase.axe");
        Path script = Paths.get(property == null ? "target/axe-core/axe.min.js" : property);
        if (!Files.isRegularFile(script)) {
            throw ExternalTool.unavailable("axe-core is not at " + script.toAbsolutePath()
                    + ": the build fetches it with npm before the tests (install npm, and build once online)");
        }
        return script;
    }
}
