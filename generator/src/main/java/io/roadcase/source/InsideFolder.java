package io.roadcase.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Files Roadcase reads from a folder the user names (the data folder, the template folder) must really
 * lie inside it. A symbolic link, to a file or to a folder on the way, that leads outside is refused:
 * a committed {@code logo.svg} linking to {@code /proc/self/environ} would otherwise publish the build
 * machine's secrets. Links that stay inside the folder are followed.
 */
public final class InsideFolder {

    private InsideFolder() {
    }

    /**
     * The real path of {@code file}, which must be inside the real path of {@code folder}.
     *
     * @param what the folder in the user's words, such as "data folder"
     * @throws SourceException one line, without the file's name (the caller adds the place), saying where
     *                         the link leads
     */
    public static Path realFile(Path folder, Path file, String what) throws SourceException {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException | RuntimeException e) {
            throw new SourceException("the " + what + " cannot be read: " + Messages.oneLine(e), e);
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | RuntimeException e) {
            if (Files.isSymbolicLink(file)) {
                throw new SourceException("this is a symbolic link to " + target(file) + ", which does not exist", e);
            }
            throw new SourceException("no such file in the " + what, e);
        }
        if (!real.startsWith(root)) {
            throw new SourceException("this is a symbolic link that leads outside the " + what + " (to " + real
                    + "); Roadcase reads only files inside it: copy the file into the " + what + " instead");
        }
        return real;
    }

    /** Whether {@code file} is really inside {@code folder} (false also when either cannot be resolved). */
    public static boolean isInside(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code file} exists as itself, a link included (a broken link exists, a missing file does not). */
    public static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | RuntimeException e) {
            return "a missing file";
        }
    }
}
