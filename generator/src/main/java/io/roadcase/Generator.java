package io.roadcase;

import io.roadcase.analyze.Analyzer;
import io.roadcase.check.Checker;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.read.PortfolioReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facade over the pipeline: read → check → analyze → draw → render → publish. The command line
 * and the Maven plugin call only this.
 */
public final class Generator {

    private final Config config;

    public Generator(Config config) {
        this.config = config;
    }

    /** The version of Roadcase, from the jar manifest ({@code dev} when run from classes). */
    public static String version() {
        String v = Generator.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Reads and checks the data; writes nothing. */
    public Result validate() {
        // TODO(spine)
        return new Result(List.of(), false, false, 0, Map.of());
    }

    /** Runs the whole pipeline and publishes the output folder atomically when the data has no errors. */
    public Result generate() throws IOException {
        // TODO(spine)
        return new Result(List.of(), false, false, 0, Map.of());
    }
}
