package io.roadcase.maven;

import io.roadcase.Config;
import io.roadcase.Result;
import io.roadcase.model.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What both goals share: where the data is, which report date, when to fail, skipping, and how a
 * run's problems reach Maven's log.
 */
public abstract class AbstractRoadcaseMojo extends AbstractMojo {

    /** The folder with the spreadsheets: every xlsx, xlsm, xls and csv file directly in it. */
    @Parameter(property = "roadcase.dataDirectory", defaultValue = "${project.basedir}/src/roadcase",
            required = true)
    private File dataDirectory;

    /**
     * The date the report is "as of", YYYY-MM-DD. When not given: the {@code report_date} setting of
     * the data, else the date of {@code project.build.outputTimestamp}, else today.
     */
    @Parameter(property = "roadcase.reportDate")
    private String reportDate;

    /** Fail the build on warnings too, not only on errors. */
    @Parameter(property = "roadcase.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Do nothing. */
    @Parameter(property = "roadcase.skip", defaultValue = "false")
    private boolean skip;

    /** Maven's reproducible-build timestamp; its date is the fallback report date. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    /**
     * Run in a Java virtual machine of its own, started with the options the command line uses (the
     * serial collector, the quick compiler): the sample's cold {@code mvn package} takes about 0.3 s
     * less, with a quarter less memory, than inside Maven's JVM. With {@code false} the goal runs
     * inside Maven's JVM (MAVEN_OPTS applies).
     */
    @Parameter(property = "roadcase.fork", defaultValue = "true")
    private boolean fork;

    /**
     * More options for that virtual machine, separated by spaces, such as {@code -Xmx2g}; they come
     * after Roadcase's own, so they win. Without a heap size here it gets the one MAVEN_OPTS gave Maven.
     */
    @Parameter(property = "roadcase.jvmArgs")
    private String jvmArgs;

    /** The running plugin: its version is part of the up-to-date fingerprint, its jars the fork's class path. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Roadcase (roadcase.skip is set)");
            return;
        }
        Outcome outcome = run();
        if (outcome.stop != null) {
            switch (outcome.stop) {
                case UNSAFE_OUTPUT_FOLDER -> throw new MojoFailureException("Roadcase: " + outcome.message);
                case FAULT -> throw new MojoExecutionException(
                        "Roadcase stopped on an internal or file-system fault: " + outcome.message, outcome.cause);
                case CRASH -> throw new MojoExecutionException("Roadcase: " + outcome.message);
            }
        }
        Result result = outcome.result;
        if (result.read() != null) {
            getLog().info("Roadcase " + result.read());
        }
        result.problems().forEach(this::log);
        getLog().debug("Roadcase time per stage (ms): " + result.stageMillis());
        if (result.failed()) {
            throw new MojoFailureException(failureMessage(result));
        }
        succeeded(result);
    }

    /** Runs this goal with its configuration. */
    protected abstract Outcome run() throws MojoFailureException, MojoExecutionException;

    /**
     * Runs generate or validate: in a JVM of its own ({@link Fork}) unless {@code fork} is off, and
     * not at all when the up-to-date check, made here, finds nothing to do.
     */
    protected Outcome run(GoalRequest request) throws MojoExecutionException {
        if (!fork) {
            return Outcome.of(request::run);
        }
        try {
            if (request.hasNothingToDo()) {
                return Outcome.of(Result.unchanged());
            }
        } catch (IOException | RuntimeException e) {
            getLog().debug("Roadcase's up-to-date check failed, so the run goes on: " + e);
        }
        return new Fork(plugin, jvmArgs, getLog()).run(request);
    }

    /** Says in the log what a successful run did; a goal whose later part failed (mail) fails here. */
    protected abstract void succeeded(Result result) throws MojoFailureException;

    /** The configuration both goals share, writing to {@code outputDirectory} (null for validate). */
    protected Config config(Path outputDirectory) throws MojoFailureException {
        return new Config(dataDirectory.toPath(), outputDirectory, null, Parameters.reportDate(reportDate),
                Parameters.outputTimestampDate(outputTimestamp), EnumSet.allOf(Config.Part.class), failOnWarning,
                ToolVersion.of(plugin), null);
    }

    private void log(Problem problem) {
        // Maven's log shows the level already; the rest is the problem's one-line form.
        String prefix = problem.level().word() + ": ";
        String text = problem.toString();
        String line = text.startsWith(prefix) ? text.substring(prefix.length()) : text;
        switch (problem.level()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }

    /** The build-failure message: how many problems failed the build and where to find them. */
    static String failureMessage(Result result) {
        long errors = result.count(Problem.Level.ERROR);
        if (errors > 0) {
            return "Roadcase found " + count(errors, "error") + " in the data (see the [ERROR] lines above);"
                    + " nothing was published";
        }
        long warnings = result.count(Problem.Level.WARNING);
        return "Roadcase found " + count(warnings, "warning") + " in the data and failOnWarning is set"
                + " (see the [WARNING] lines above); nothing was published";
    }

    /** {@code 1 error}, {@code 3 errors}. */
    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
