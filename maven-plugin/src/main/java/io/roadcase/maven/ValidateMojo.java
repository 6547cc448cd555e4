package io.roadcase.maven;

import io.roadcase.Result;
import io.roadcase.model.Problem;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads and checks the spreadsheets and fails the build when the data has errors; writes nothing but
 * a stamp in the build folder, so an unchanged re-run neither reads nor reports the data again.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractRoadcaseMojo {

    /** The fingerprint of the last successful validation (generate's up-to-date check). */
    @Parameter(defaultValue = "${project.build.directory}/roadcase-validated", readonly = true, required = true)
    private File stamp;

    @Override
    protected Outcome run() throws MojoFailureException, MojoExecutionException {
        return run(GoalRequest.validate(config(null), stamp.toPath()));
    }

    @Override
    protected void succeeded(Result result) {
        if (result.upToDate()) {
            getLog().info("Roadcase data is unchanged since it was last found valid");
            return;
        }
        long warnings = result.count(Problem.Level.WARNING);
        getLog().info("Roadcase data is valid" + (warnings == 0 ? "" : " (" + count(warnings, "warning") + ")"));
    }
}
