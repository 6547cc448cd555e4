package io.roadcase.maven;

import io.roadcase.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The main class of the JVM a goal starts for its run ({@link Fork}): reads the {@link GoalRequest}
 * from a properties file, runs it, and writes what came of it to the outcome file, for the goal in
 * Maven's JVM to log. No Maven class is used here: Maven's API is not on this JVM's class path.
 */
public final class ForkedGoal {

    private ForkedGoal() {
    }

    /** {@code ForkedGoal REQUEST.properties OUTCOME}. */
    public static void main(String[] args) throws IOException {
        Main.quietLibraryLogging();
        Properties request = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            request.load(in);
        }
        Outcome outcome = Outcome.of(GoalRequest.of(request)::run);
        try (OutputStream file = Files.newOutputStream(Path.of(args[1]));
                ObjectOutputStream out = new ObjectOutputStream(file)) {
            out.writeObject(outcome);
        }
        System.exit(0); // whatever threads a library left behind
    }
}
