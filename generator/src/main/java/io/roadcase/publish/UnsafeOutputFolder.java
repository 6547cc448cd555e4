package io.roadcase.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * An output folder Roadcase refuses to publish into (a usage error, exit 2): publishing replaces the
 * folder's contents, so the root of a file system, the home folder, or a folder that holds or sits in the
 * data or template folder would lose the user's files (or, inside the data folder, make every run see
 * new input and never be up to date). Paths are compared as real paths, so {@code ..}, links and a
 * different spelling of the same folder change nothing.
 */
public final class UnsafeOutputFolder extends IllegalArgumentException {

    private UnsafeOutputFolder(String message) {
        super(message);
    }

    /**
     * Refuses a dangerous output folder before anything (a lock file included) is written.
     *
     * @param templates the template folder, or null
     * @throws UnsafeOutputFolder with one line naming the folder and why
     */
    public static void check(Path out, Path data, Path templates) {
        Path real = real(out);
        if (real.getParent() == null) {
            throw refuse(out, "is the root of the file system");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && real.equals(real(Path.of(home)))) {
            throw refuse(out, "is your home folder");
        }
        against(out, real, data, "data folder");
        if (templates != null) {
            against(out, real, templates, "template folder");
        }
    }

    private static void against(Path out, Path real, Path folder, String what) {
        Path other = real(folder);
        if (real.equals(other)) {
            throw refuse(out, "is the " + what);
        }
        if (real.startsWith(other)) {
            throw refuse(out, "is inside the " + what + " " + folder);
        }
        if (other.startsWith(real)) {
            throw refuse(out, "holds the " + what + " " + folder);
        }
    }

    private static UnsafeOutputFolder refuse(Path out, String why) {
        return new UnsafeOutputFolder("the output folder " + out + " " + why
                + "; publishing replaces an output folder's contents: choose a folder of its own, such as target/roadcase");
    }

    /**
     * The real path of a folder that may not exist yet: the real path of its nearest existing ancestor
     * with the rest of the names after it. A dangling link is followed as far as it can be.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException | RuntimeException e) {
            return absolute;
        }
    }
}
