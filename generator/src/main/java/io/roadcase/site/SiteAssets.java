package io.roadcase.site;

import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import io.roadcase.render.Output;
import io.roadcase.source.InsideFolder;
import io.roadcase.source.Logo;
import io.roadcase.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under {@code assets/}: the built-in CSS and fonts (each replaced by the user's file of the
 * same path in the template folder), any other file the user keeps under {@code assets/}, and the
 * logo named in the settings, copied from the data directory.
 */
final class SiteAssets {

    /** Every built-in asset, by its path in the output folder (the class path cannot be listed). */
    static final List<String> BUILT_IN = List.of(
            "assets/css/roadcase.css",
            "assets/fonts/DejaVuSans.woff",
            "assets/fonts/DejaVuSans-Bold.woff",
            "assets/fonts/DejaVu-LICENSE.txt");

    /**
     * The TrueType files the stylesheet loaded before the site shipped its fonts as WOFF: a template
     * folder that still replaces only these would silently lose its font.
     */
    private static final List<String> RETIRED_FONTS = List.of(
            "assets/fonts/DejaVuSans.ttf",
            "assets/fonts/DejaVuSans-Bold.ttf");

    private final Path userFolder;

    SiteAssets(Path userFolder) {
        this.userFolder = userFolder == null ? null : userFolder.toAbsolutePath().normalize();
    }

    /**
     * Where the logo will be in the output folder ({@code assets/logo.png}), or null when the settings
     * name none or the logo cannot be used (the reader reports why: {@link Logo#read}).
     */
    static String logoPath(Settings settings, Path dataDirectory) {
        Logo logo = logo(settings, dataDirectory);
        return logo == null ? null : logo.outputPath();
    }

    private static Logo logo(Settings settings, Path dataDirectory) {
        if (settings.logo() == null || settings.logo().isBlank() || dataDirectory == null) {
            return null;
        }
        try {
            return Logo.read(dataDirectory, settings.logo());
        } catch (Logo.Refused e) {
            return null;
        }
    }

    /**
     * A warning for each font of the template folder that replaced a TrueType file the built-in
     * stylesheet no longer loads; none when the folder has its own stylesheet (which may well load it).
     */
    List<Problem> retiredFonts() {
        List<Problem> problems = new ArrayList<>();
        if (userFolder == null || Files.isRegularFile(userFolder.resolve("assets/css/roadcase.css"))) {
            return problems;
        }
        for (String font : RETIRED_FONTS) {
            String web = font.replace(".ttf", ".woff");
            if (Files.isRegularFile(userFolder.resolve(font)) && !Files.isRegularFile(userFolder.resolve(web))) {
                problems.add(Problem.warning(Place.file("template folder, " + font), "the site's stylesheet loads "
                        + web + " (WOFF) now, not " + font + ", so your font is not used: save it as WOFF under "
                        + "that name (for example with sfnt2woff), or load it from your "
                        + "own assets/css/roadcase.css"));
            }
        }
        return problems;
    }

    void write(Settings settings, Path dataDirectory, Output output) throws IOException {
        for (String asset : BUILT_IN) {
            Path own = userFile(asset);
            if (own != null) {
                output.write(asset, Files.readAllBytes(own));
            } else {
                output.write(asset, builtIn(asset));
            }
        }
        for (String extra : userExtras()) {
            output.write(extra, Files.readAllBytes(userFolder.resolve(extra)));
        }
        Logo logo = logo(settings, dataDirectory);
        if (logo != null) {
            output.write(logo.outputPath(), logo.bytes());
        }
    }

    private Path userFile(String asset) throws IOException {
        if (userFolder == null) {
            return null;
        }
        Path file = userFolder.resolve(asset);
        return Files.isRegularFile(file) && inside(file) ? file : null;
    }

    /**
     * A link that leads outside the template folder is refused, with its place: whatever it points to
     * (a key, a system file) would be published.
     */
    private boolean inside(Path file) throws IOException {
        try {
            InsideFolder.realFile(userFolder, file, "template folder");
            return true;
        } catch (SourceException e) {
            throw new IOException("template folder, " + userFolder.relativize(file).toString().replace('\\', '/')
                    + ": " + e.getMessage());
        }
    }

    /** The user's own files under {@code assets/} that replace nothing, in path order. */
    private List<String> userExtras() throws IOException {
        List<String> extras = new ArrayList<>();
        if (userFolder == null || !Files.isDirectory(userFolder.resolve("assets"))) {
            return extras;
        }
        try (Stream<Path> files = Files.walk(userFolder.resolve("assets"))) {
            // A link to a folder is not entered, but one that leads outside is still refused.
            for (Path file : files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f)).sorted().toList()) {
                if (!Files.isRegularFile(file)) {
                    inside(file);
                    continue;
                }
                String path = userFolder.relativize(file).toString().replace('\\', '/');
                if (!BUILT_IN.contains(path) && inside(file)) {
                    extras.add(path);
                }
            }
        }
        return extras;
    }

    private static byte[] builtIn(String asset) throws IOException {
        try (InputStream in = SiteAssets.class.getResourceAsStream(PageTemplates.BUILT_IN + "/" + asset)) {
            if (in == null) {
                throw new IOException("The built-in asset " + asset + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }
}
