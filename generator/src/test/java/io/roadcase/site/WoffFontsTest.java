package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The site's web fonts are WOFF 1.0 files holding exactly the tables of the TrueType fonts the briefs
 * embed. Run with {@code -Droadcase.updateFonts=true} to remake them after changing a TrueType file.
 */
class WoffFontsTest {

    private static final Path FONTS = Path.of("..", "templates", "src", "main", "resources", "io", "roadcase",
            "templates", "assets", "fonts");

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans", "DejaVuSans-Bold"})
    void webFontHoldsEveryTableOfTheTrueTypeFont(String name) throws IOException {
        byte[] ttf = Files.readAllBytes(FONTS.resolve(name + ".ttf"));
        Path woffFile = FONTS.resolve(name + ".woff");
        if (Boolean.getBoolean("roadcase.updateFonts")) {
            Files.write(woffFile, Woff.fromSfnt(ttf));
        }
        byte[] woff = Files.readAllBytes(woffFile);

        Woff.Font truetype = Woff.readSfnt(ttf);
        Woff.Font web = Woff.read(woff);

        assertThat(web.flavor()).isEqualTo(truetype.flavor());
        assertThat(web.tables()).hasSameSizeAs(truetype.tables());
        for (Woff.Table table : truetype.tables()) {
            Woff.Table same = web.tables().stream().filter(t -> t.tag() == table.tag()).findFirst().orElseThrow(
                    () -> new AssertionError(name + ".woff has no " + table.name() + " table: rerun with "
                            + "-Droadcase.updateFonts=true"));
            assertThat(same.checksum()).as("%s checksum", table.name()).isEqualTo(table.checksum());
            assertThat(same.data()).as("%s.woff table %s is the TrueType one: rerun with -Droadcase.updateFonts=true",
                    name, table.name()).isEqualTo(table.data());
        }
        assertThat(woff.length).as("compressed").isLessThan(ttf.length * 6 / 10);
    }

    @Test
    void readerRejectsACutFile() throws IOException {
        byte[] woff = Files.readAllBytes(FONTS.resolve("DejaVuSans.woff"));
        byte[] cut = java.util.Arrays.copyOf(woff, woff.length - 100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Woff.read(cut))
                .hasMessageContaining("not a valid WOFF file");
    }

    @Test
    void stylesheetLoadsTheWebFontsTheSiteShips() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/io/roadcase/templates/assets/css/roadcase.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher url = Pattern.compile("url\\(\"\\.\\./([^\"]+)\"\\) format\\(\"(\\w+)\"\\)").matcher(css);
        int fonts = 0;
        while (url.find()) {
            assertThat(url.group(2)).isEqualTo("woff");
            assertThat(SiteAssets.BUILT_IN).contains("assets/" + url.group(1));
            fonts++;
        }
        assertThat(fonts).isEqualTo(2);
        assertThat(SiteAssets.BUILT_IN).noneMatch(asset -> asset.endsWith(".ttf"));
    }
}
