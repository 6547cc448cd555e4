package io.roadcase.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds an outside program a test needs (LibreOffice, Chromium, qpdf, pdftotext). Where it is
 * missing the test is skipped with a clear message, so a newcomer's build passes; under CI
 * ({@code CI=true}, set by {@code .ci/run}, which installs the programs) a missing program fails the
 * test instead, so CI always runs them.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** Whether the tests run in CI, where every outside program must be present. */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The program's path on the PATH; skips the test (fails it in CI) when it is not installed. */
    public static Path require(String program) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, program);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw unavailable(program + " is not installed, so this test cannot run (.ci/run installs it; on Debian: "
                + "apt-get install " + debianPackage(program) + ")");
    }

    /**
     * A file or folder of the project's shared material ({@code ../shared}, beside the checkout: the POI
     * corpus, the spec), found through the {@code roadcase.shared} property the build sets; skips the
     * test (fails it in CI) when it is not there.
     */
    public static Path shared(String first, String... more) {
        String shared = System.getProperty("roadcase.shared");
        if (shared == null) {
            throw unavailable("the system property roadcase.shared is not set (the build sets it to ../shared), "
                    + "so this test cannot find " + Path.of(first, more));
        }
        Path path = Path.of(shared, first).resolve(Path.of("", more));
        if (!Files.exists(path)) {
            throw unavailable(path + " is not there (the project's shared material sits beside the checkout "
                    + "as ../shared), so this test cannot run");
        }
        return path;
    }

    /**
     * Skips the test because something it needs is not there, or fails it under CI, where everything
     * a test needs must be. Never returns normally; {@code throw unavailable(...)} reads as the end.
     */
    public static AssertionError unavailable(String message) {
        if (ci()) {
            Assertions.fail(message + " — CI=true, so this is a failure");
        }
        Assumptions.abort(message);
        return new AssertionError("unreachable");
    }

    private static String debianPackage(String program) {
        return switch (program) {
            case "soffice", "libreoffice" -> "libreoffice-calc-nogui";
            case "pdftotext", "pdftoppm", "pdfinfo" -> "poppler-utils";
            default -> program;
        };
    }
}
