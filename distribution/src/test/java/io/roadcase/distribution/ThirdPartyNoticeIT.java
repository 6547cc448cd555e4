package io.roadcase.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every third-party library the command line ships is named, with its licence, in THIRD-PARTY.txt, and
 * every licence text it names is shipped: in the fat jar and in the distribution alike. A dependency
 * added without its notice fails here.
 */
class ThirdPartyNoticeIT {

    private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern NAMED_LICENCE = Pattern.compile("licenses/([A-Za-z0-9.-]+\\.txt)");

    /**
     * group:artifact:version of every runtime dependency, from dependency:list (generate-test-resources),
     * which colours its output file too when Maven runs on a terminal without -B.
     */
    static List<String> dependencies() throws IOException {
        return Files.readAllLines(Path.of("target/runtime-dependencies.txt")).stream()
                .map(l -> ANSI_COLOUR.matcher(l).replaceAll("").strip())
                .filter(l -> l.split(":").length >= 4)
                .map(l -> {
                    String[] p = l.split(" ")[0].split(":");
                    return p[0] + ":" + p[1] + ":" + p[p.length - 1];
                }).toList();
    }

    @Test
    void theNoticeNamesEveryLibraryTheCommandLineShips() throws IOException {
        List<String> dependencies = dependencies();
        String notice = Files.readString(StartScriptIT.FOLDER.resolve("THIRD-PARTY.txt"));

        assertThat(dependencies).hasSizeGreaterThan(15).contains("de.erichseifert.vectorgraphics2d:VectorGraphics2D:0.13");
        assertThat(dependencies).allSatisfy(d -> assertThat(notice).as("THIRD-PARTY.txt names %s", d).contains(d));
        try (Stream<Path> lib = Files.list(StartScriptIT.FOLDER.resolve("lib"))) {
            Set<String> jars = lib.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .collect(Collectors.toSet());
            assertThat(dependencies).allSatisfy(d -> {
                String[] p = d.split(":");
                assertThat(jars).contains(p[1] + "-" + p[2] + ".jar");
            });
        }
    }

    @Test
    void everyLicenceTheNoticeNamesIsInTheDistributionAndTheFatJar() throws IOException {
        String notice = Files.readString(StartScriptIT.FOLDER.resolve("THIRD-PARTY.txt"));
        Set<String> named = NAMED_LICENCE.matcher(notice).results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(named).contains("Apache-2.0.txt", "LGPL-3.0.txt", "GPL-3.0.txt", "LGPL-2.1.txt", "MPL-2.0.txt",
                "BSD-2-Clause-commonmark.txt", "BSD-3-Clause-curvesapi.txt", "DejaVu-fonts.txt");

        try (JarFile jar = new JarFile(StartScriptIT.JAR.toFile())) {
            assertThat(jar.getEntry("META-INF/THIRD-PARTY.txt")).isNotNull();
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/THIRD-PARTY.txt")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo(notice);
            assertThat(jar.getEntry("META-INF/NOTICE")).as("the Apache NOTICE files, merged").isNotNull();
            for (String licence : named) {
                assertThat(StartScriptIT.FOLDER.resolve("licenses").resolve(licence)).as(licence).isRegularFile();
                if (!licence.startsWith("DejaVu")) {
                    assertThat(jar.getEntry("META-INF/licenses/" + licence)).as("roadcase.jar: " + licence).isNotNull();
                }
            }
            assertThat(jar.getEntry("io/roadcase/templates/assets/fonts/DejaVu-LICENSE.txt")).isNotNull();
            String lgpl = new String(jar.getInputStream(jar.getEntry("META-INF/licenses/LGPL-3.0.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(lgpl).contains("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3");
        }
    }
}
