package io.roadcase.maven;

import io.roadcase.Config;
import io.roadcase.Generator;
import io.roadcase.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run of the generate or validate goal, with everything it needs, and nothing of Maven: the goal
 * runs it inside Maven's JVM, or hands it as properties to a JVM of its own ({@link ForkedGoal}), which
 * runs it the same way.
 *
 * @param goal          what to run
 * @param config        the generator's configuration
 * @param renderTimeout generate: how long rendering may take
 * @param stamp         validate: where the fingerprint of the last successful validation is kept
 */
record GoalRequest(Goal goal, Config config, Duration renderTimeout, Path stamp) {

    enum Goal { GENERATE, VALIDATE }

    static GoalRequest generate(Config config, Duration renderTimeout) {
        return new GoalRequest(Goal.GENERATE, config, renderTimeout, null);
    }

    static GoalRequest validate(Config config, Path stamp) {
        return new GoalRequest(Goal.VALIDATE, config, null, stamp);
    }

    /** Runs the goal in this JVM. */
    Result run() throws IOException {
        Generator generator = new Generator(config);
        return switch (goal) {
            case GENERATE -> generator.renderTimeout(renderTimeout).generate();
            case VALIDATE -> generator.validate(stamp);
        };
    }

    /**
     * Whether the run would find nothing to do (generate: the output up to date; validate: the data
     * validated already), checked without reading the data, so an unchanged re-run starts no JVM. A
     * baseline at an http(s) address is not fetched for this: such a run always goes on.
     */
    boolean hasNothingToDo() throws IOException {
        Generator generator = new Generator(config);
        return switch (goal) {
            case GENERATE -> !isRemote(config.baseline()) && generator.isUpToDate();
            case VALIDATE -> generator.isValidated(stamp);
        };
    }

    private static boolean isRemote(String baseline) {
        String lower = baseline == null ? "" : baseline.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The request as text properties, for {@link #of(Properties)} in another JVM; null values left out. */
    Properties toProperties() {
        Properties p = new Properties();
        put(p, "goal", goal);
        put(p, "data", config.dataDirectory());
        put(p, "out", config.outputDirectory());
        put(p, "templates", config.templateDirectory());
        put(p, "reportDate", config.reportDate());
        put(p, "fallbackReportDate", config.fallbackReportDate());
        put(p, "parts", config.parts().stream().map(Enum::name).collect(Collectors.joining(",")));
        put(p, "failOnWarning", config.failOnWarning());
        put(p, "toolVersion", config.toolVersion());
        put(p, "baseline", config.baseline());
        put(p, "renderTimeout", renderTimeout);
        put(p, "stamp", stamp);
        return p;
    }

    private static void put(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, value.toString());
        }
    }

    static GoalRequest of(Properties p) {
        Set<Config.Part> parts = EnumSet.noneOf(Config.Part.class);
        for (String part : p.getProperty("parts", "").split(",")) {
            if (!part.isEmpty()) {
                parts.add(Config.Part.valueOf(part));
            }
        }
        Config config = new Config(path(p, "data"), path(p, "out"), path(p, "templates"), date(p, "reportDate"),
                date(p, "fallbackReportDate"), parts, Boolean.parseBoolean(p.getProperty("failOnWarning")),
                p.getProperty("toolVersion"), p.getProperty("baseline"));
        String timeout = p.getProperty("renderTimeout");
        return new GoalRequest(Goal.valueOf(p.getProperty("goal")), config,
                timeout == null ? null : Duration.parse(timeout), path(p, "stamp"));
    }

    private static Path path(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : Path.of(value);
    }

    private static LocalDate date(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : LocalDate.parse(value);
    }
}
