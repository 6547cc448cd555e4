package io.roadcase.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds an outside program a test needs (LibreOffice {@code soffice}, {@code chromium}, {@code qpdf},
 * {@code pdftotext}). Without it the test is skipped with a clear message, except in CI
 * ({@code CI=true}), where a missing program fails the test.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** The program's path on the {@code PATH}; skips the test (fails it in CI) when it is not installed. */
    public static Path require(String program) {
        Path found = find(program);
        if (found == null) {
            String message = program + " not installed: not found on the PATH";
            if (ci()) {
                Assertions.fail(message + " (CI=true needs it)");
            }
            Assumptions.assumeTrue(false, message + ": test skipped");
        }
        return found;
    }

    /** Whether the tests run in CI, where every outside program must be present. */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Path find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
