package io.roadcase.maven;

import io.roadcase.Config;
import io.roadcase.Result;
import io.roadcase.cli.Crash;
import io.roadcase.model.Problem;
import io.roadcase.publish.UnsafeOutputFolder;
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

    /** The running plugin: its version is part of the up-to-date fingerprint. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Roadcase (roadcase.skip is set)");
            return;
        }
        Result result;
        try {
            result = run();
        } catch (UnsafeOutputFolder e) {
            throw new MojoFailureException("Roadcase: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Roadcase stopped on an internal or file-system fault: " + e, e);
        } catch (VirtualMachineError e) {
            // One line that says what to do (MAVEN_OPTS=-Xmx..., a template that recurses), not a trace.
            throw new MojoExecutionException("Roadcase: " + Crash.advice(e));
        }
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

    /** Calls the generator with this goal's configuration. */
    protected abstract Result run() throws IOException, MojoFailureException;

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
