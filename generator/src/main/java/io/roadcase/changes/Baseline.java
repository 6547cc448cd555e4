package io.roadcase.changes;

import io.roadcase.changes.BaselineSource.Loaded;
import io.roadcase.json.DataJson;
import io.roadcase.model.Changes;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The baseline of one run, from {@code --baseline} or else from the output folder, and what comparing
 * with it gives. A baseline that cannot be used is one warning and no changes: never a failed run.
 *
 * <p>An explicit baseline is loaded first ({@link #of}), so its bytes can be part of the up-to-date
 * fingerprint; it is read and compared once the report is analysed ({@link #compare}).
 */
public final class Baseline {

    private final String spec;
    private final Loaded loaded;
    private final String failure;

    private Baseline(String spec, Loaded loaded, String failure) {
        this.spec = spec;
        this.loaded = loaded;
        this.failure = failure;
    }

    /** What comparing gave: the changes, at most one warning, and the baseline used (to keep), or nulls. */
    public record Outcome(Changes changes, Problem warning, Loaded used) {
    }

    /**
     * Loads {@code --baseline} now (a file, a folder or a URL); null means the output folder's previous
     * data.json, looked at in {@link #compare}. Never throws: a failure becomes the run's one warning.
     */
    public static Baseline of(String spec) {
        if (spec == null || spec.isBlank()) {
            return new Baseline(null, null, null);
        }
        try {
            return new Baseline(spec, BaselineSource.load(spec), null);
        } catch (BaselineException e) {
            return new Baseline(spec, null, e.getMessage());
        }
    }

    /** For the up-to-date fingerprint: the option and the content of the baseline it gave. */
    public String fingerprint() {
        if (spec == null) {
            return "previous output";
        }
        if (loaded == null) {
            return spec + " failed: " + failure;
        }
        try {
            return spec + " sha-256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(loaded.bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /**
     * Compares the report with the baseline. Without {@code --baseline}, the output folder's data.json
     * is the baseline when its report date is earlier than this report's; on a re-run with the same
     * date, the baseline the previous run kept ({@link BaselineSource#KEPT}) is.
     */
    public Outcome compare(Report report, Path outputDirectory) {
        if (spec != null) {
            if (loaded == null) {
                return warn(failure);
            }
            return compare(report, loaded);
        }
        if (outputDirectory == null) {
            return new Outcome(Changes.NONE, null, null);
        }
        for (Path candidate : List.of(outputDirectory.resolve(DataJson.FILE),
                outputDirectory.resolve(BaselineSource.KEPT))) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            Snapshot before;
            Loaded previous;
            try {
                previous = BaselineSource.file(candidate);
                before = BaselineReader.read(previous.bytes(), previous.where());
            } catch (BaselineException e) {
                return warn(e.getMessage());
            }
            if (before.reportDate().isBefore(report.reportDate())) {
                return new Outcome(Comparison.compare(before, Snapshot.of(report)), null, previous);
            }
        }
        return new Outcome(Changes.NONE, null, null);
    }

    private static Outcome compare(Report report, Loaded baseline) {
        try {
            Snapshot before = BaselineReader.read(baseline.bytes(), baseline.where());
            return new Outcome(Comparison.compare(before, Snapshot.of(report)), null, baseline);
        } catch (BaselineException e) {
            return warn(e.getMessage());
        }
    }

    private static Outcome warn(String message) {
        return new Outcome(Changes.NONE, Problem.warning(null, "baseline: " + message
                + "; this report shows no changes"), null);
    }
}
