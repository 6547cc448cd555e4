package io.roadcase.maven;

import io.roadcase.Generator;
import io.roadcase.Result;
import io.roadcase.model.Problem;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Reads and checks the spreadsheets and fails the build when the data has errors; writes nothing. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractRoadcaseMojo {

    @Override
    protected Result run() throws MojoFailureException {
        return new Generator(config(null)).validate();
    }

    @Override
    protected void succeeded(Result result) {
        long warnings = result.count(Problem.Level.WARNING);
        getLog().info("Roadcase data is valid" + (warnings == 0 ? "" : " (" + count(warnings, "warning") + ")"));
    }
}
