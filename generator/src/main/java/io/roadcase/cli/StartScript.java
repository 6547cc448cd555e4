package io.roadcase.cli;

/**
 * What {@code bin/roadcase} and the command agree on, so the script can tell Roadcase's own exit code
 * from a Java VM that never started.
 *
 * <p>A JVM that cannot start (a bad option in {@code JAVA_OPTS} or {@code JAVA_TOOL_OPTIONS}, two
 * garbage collectors, an agent whose port is taken, a Java too old for the classes) exits with 1 or 2,
 * the codes that mean "data errors" and "wrong usage". So when the script starts the command, it says
 * so with {@code -Droadcase.launcher=script}, and the command then exits with its code plus
 * {@value #OFFSET}. The script turns 10 to 13 back into 0 to 3, and anything else (the JVM's own 1,
 * an uncaught error, a crash) into 3, "internal", with a line saying the JVM ended before Roadcase
 * reported a result. Run any other way ({@code java -jar}), the codes are the plain ones.
 */
final class StartScript {

    /** The system property the start scripts set. */
    static final String PROPERTY = "roadcase.launcher";
    /** Added to the exit code when the start script started the command. */
    static final int OFFSET = 10;

    private StartScript() {
    }

    /** The code to exit with: the command's own, or offset for the start script to read back. */
    static int exitCode(int code) {
        return "script".equals(System.getProperty(PROPERTY)) ? code + OFFSET : code;
    }
}
