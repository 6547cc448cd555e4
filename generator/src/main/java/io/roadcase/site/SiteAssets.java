package io.roadcase.site;

import io.roadcase.model.Settings;
import io.roadcase.publish.Output;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            "assets/fonts/DejaVuSans.ttf",
            "assets/fonts/DejaVuSans-Bold.ttf",
            "assets/fonts/DejaVu-LICENSE.txt");

    private static final Set<String> LOGO_TYPES = Set.of("png", "jpg", "jpeg", "svg");

    private final Path userFolder;

    SiteAssets(Path userFolder) {
        this.userFolder = userFolder == null ? null : userFolder.toAbsolutePath().normalize();
    }

    /**
     * Where the logo will be in the output folder ({@code assets/logo.png}), or null when the settings
     * name none, or the file is missing, outside the data directory or not an image type pages can show.
     */
    static String logoPath(Settings settings, Path dataDirectory) {
        Path logo = logoSource(settings, dataDirectory);
        return logo == null ? null : "assets/logo." + extension(logo);
    }

    private static Path logoSource(Settings settings, Path dataDirectory) {
        if (settings.logo() == null || settings.logo().isBlank() || dataDirectory == null) {
            return null;
        }
        Path root = dataDirectory.toAbsolutePath().normalize();
        Path logo = root.resolve(settings.logo()).normalize();
        if (!logo.startsWith(root) || !Files.isRegularFile(logo) || !LOGO_TYPES.contains(extension(logo))) {
            return null;
        }
        return logo;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
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
        Path logo = logoSource(settings, dataDirectory);
        if (logo != null) {
            output.write(logoPath(settings, dataDirectory), Files.readAllBytes(logo));
        }
    }

    private Path userFile(String asset) throws IOException {
        if (userFolder == null) {
            return null;
        }
        Path file = userFolder.resolve(asset);
        return Files.isRegularFile(file) && inside(file) ? file : null;
    }

    /** A link pointing outside the template folder is not followed: the folder is all users share. */
    private boolean inside(Path file) throws IOException {
        return file.toRealPath().startsWith(userFolder.toRealPath());
    }

    /** The user's own files under {@code assets/} that replace nothing, in path order. */
    private List<String> userExtras() throws IOException {
        List<String> extras = new ArrayList<>();
        if (userFolder == null || !Files.isDirectory(userFolder.resolve("assets"))) {
            return extras;
        }
        try (Stream<Path> files = Files.walk(userFolder.resolve("assets"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
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
