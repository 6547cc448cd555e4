package io.roadcase.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Outside programs a test needs (qpdf, pdftotext, soffice, chromium): a test skips when the program is
 * missing, except on CI ({@code CI=true}) where a missing program fails the test.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** The program's path on the {@code PATH}; skips the test (fails it on CI) when it is not installed. */
    public static Path require(String program) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Paths.get(dir, program);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        String message = program + " not installed: install it (e.g. apt-get install qpdf poppler-utils) to run this test";
        if (ci()) {
            Assertions.fail(message);
        }
        Assumptions.assumeTrue(false, message);
        return null;
    }

    /** Whether the tests run on CI, where every outside program must be present. */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
