package io.roadcase.maven;

import io.roadcase.Config;
import io.roadcase.Result;
import io.roadcase.site.RenderBudget;
import java.io.File;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, the PDF briefs and data.json from the spreadsheets. Publishes nothing when the
 * data has errors, and writes nothing when inputs, templates, options and plugin version are
 * unchanged since the last run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractRoadcaseMojo {

    /** Where the site, the PDF briefs and data.json go. */
    @Parameter(property = "roadcase.outputDirectory", defaultValue = "${project.build.directory}/roadcase",
            required = true)
    private File outputDirectory;

    /** Your own templates, overriding the built-in ones by file name. */
    @Parameter(property = "roadcase.templateDirectory")
    private File templateDirectory;

    /** Which parts to write, a comma-separated list of {@code site}, {@code pdf}, {@code json}; all when empty. */
    @Parameter(property = "roadcase.only")
    private String only;

    /**
     * The previous publish to compare with: a data.json, a folder holding one, or an https:// address
     * of a published one. When not given, the data.json already in the output folder is the baseline
     * when its report date is earlier. A baseline that cannot be used is a warning, never a failure.
     */
    @Parameter(property = "roadcase.baseline")
    private String baseline;

    /**
     * How long rendering all pages may take, such as {@code 300s}, {@code 5m} or {@code PT5M}; a user
     * template that loops for ever fails the build with the template's name.
     */
    @Parameter(property = "roadcase.renderTimeout", defaultValue = "5m")
    private String renderTimeout;

    /** Relative baseline paths are relative to the project, not to where Maven was started. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    protected Outcome run() throws MojoFailureException, MojoExecutionException {
        Config config = config(outputDirectory.toPath())
                .withTemplates(Parameters.templateFolder(templateDirectory))
                .withParts(Parameters.parts(only))
                .withBaseline(Parameters.baseline(baseline, basedir));
        Duration budget;
        try {
            budget = RenderBudget.parse(renderTimeout);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Roadcase: renderTimeout: " + e.getMessage());
        }
        return run(GoalRequest.generate(config, budget));
    }

    @Override
    protected void succeeded(Result result) {
        if (result.upToDate()) {
            getLog().info("Roadcase output is up to date: " + outputDirectory);
        } else {
            getLog().info("Roadcase wrote " + count(result.written(), "file") + " to " + outputDirectory);
        }
    }
}
