package io.roadcase.read;

import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import java.nio.file.Path;
import java.util.List;

/** Reads every table of a data directory into a {@link Portfolio}, collecting every problem. */
public final class PortfolioReader {

    /** What reading found: the tables, the problems, and the files that were read (for fingerprints). */
    public record ReadResult(Portfolio portfolio, List<Problem> problems, List<Path> files) {
    }

    private PortfolioReader() {
    }

    /** Reads the data directory; never throws for bad data, only reports problems. */
    public static ReadResult read(Path dataDirectory) {
        // TODO(foundation): the real reader.
        return new ReadResult(Portfolio.empty(), List.of(), List.of());
    }
}
