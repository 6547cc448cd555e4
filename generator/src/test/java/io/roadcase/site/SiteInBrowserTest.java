package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.render.MemoryOutput;
import io.roadcase.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens pages of the Fixtures site from disk in headless Chromium: each renders to a screenshot
 * (kept in {@code target/screenshots/} for people to look at) and logs no console error. Chart files
 * are written by the chart stage, not here, so missing chart images are the only load errors allowed.
 */
class SiteInBrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @Test
    void pagesRenderInChromiumWithoutConsoleErrors(@TempDir Path site, @TempDir Path profile) throws Exception {
        Path chromium = ExternalTool.require("chromium");
        MemoryOutput output = SitePages.render(Fixtures.report());
        for (Map.Entry<String, byte[]> file : output.files().entrySet()) {
            Path target = site.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.createDirectories(SCREENSHOTS);

        List<Shot> shots = List.of(new Shot("index.html", "index", "--window-size=1280,2000"),
                new Shot("roadmap.html", "roadmap", "--window-size=1280,2000"),
                new Shot("kpis.html", "kpis", "--window-size=1280,2000"),
                new Shot("funding.html", "funding", "--window-size=1280,1000"),
                new Shot("objectives.html", "objectives", "--window-size=1280,2000"),
                new Shot("funding/checkout.html", "funding-checkout", "--window-size=1280,2000"),
                new Shot("kpis/conv.html", "kpis-conv", "--window-size=1280,2000"),
                new Shot("initiatives/CHK-2.html", "initiatives-CHK-2", "--window-size=1280,2000"),
                new Shot("funding/checkout.html", "funding-checkout-dark", "--window-size=1280,2000",
                        "--force-dark-mode"),
                new Shot("index.html", "index-phone", "--window-size=390,1800"));
        for (Shot shot : shots) {
            String page = shot.page();
            Path png = SCREENSHOTS.resolve(shot.name() + ".png").toAbsolutePath();
            Files.deleteIfExists(png);
            List<String> args = new java.util.ArrayList<>(List.of(shot.flags()));
            args.addAll(List.of("--screenshot=" + png, "--enable-logging=stderr", "--v=0",
                    site.resolve(page).toUri().toString()));
            String log = run(chromium, profile, args.toArray(String[]::new));

            assertThat(png).as("screenshot of %s", page).exists();
            assertThat(Files.size(png)).as("screenshot of %s", page).isGreaterThan(10_000);
            List<String> consoleErrors = log.lines()
                    .filter(l -> l.contains("CONSOLE(") || l.contains(":CONSOLE:"))
                    .filter(l -> !(l.contains("ERR_FILE_NOT_FOUND") && l.contains("/charts/")))
                    .toList();
            assertThat(consoleErrors).as("console messages of %s", page).isEmpty();
        }
    }

    /** One screenshot: the page, the file name it is saved under, and Chromium flags (size, colour scheme). */
    private record Shot(String page, String name, String... flags) {
    }

    private static String run(Path chromium, Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(profile, "chromium", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 120 s: " + command);
        }
        return Files.readString(log);
    }
}
