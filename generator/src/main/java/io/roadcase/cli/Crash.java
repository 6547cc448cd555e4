package io.roadcase.cli;

import java.io.PrintStream;

/**
 * What a run that the JVM itself stopped says: one line with what to do, and exit code 3, never a
 * stack trace or exit 1 ("the data has errors").
 */
public final class Crash {

    private Crash() {
    }

    /** One line for an error of the JVM (out of memory, stack overflow), saying what to do about it. */
    public static String advice(VirtualMachineError e) {
        if (e instanceof OutOfMemoryError) {
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            return "internal error: the run ran out of memory (" + e.getMessage() + ", at most " + mb
                    + " MB): give Java more, e.g. java -Xmx4g -jar roadcase.jar ..., or set JAVA_TOOL_OPTIONS=-Xmx4g"
                    + " (Maven: MAVEN_OPTS=-Xmx4g); the previous output is unchanged";
        }
        if (e instanceof StackOverflowError) {
            return "internal error: the run went too deep (stack overflow): a template in the --templates folder that"
                    + " calls itself without end (a macro, #include or #nested) is the usual cause; else give Java a"
                    + " larger stack, e.g. java -Xss8m -jar roadcase.jar ...; the previous output is unchanged";
        }
        return "internal error: the Java virtual machine failed (" + e + "); the previous output is unchanged";
    }

    /**
     * The exit code of the tuned second JVM as this command's: 0 to 3 pass through; anything else (the JVM
     * killed by a signal, or failing on its own) is an internal error, said in one line.
     */
    static int exitCode(int child, PrintStream err) {
        if (child >= 0 && child <= Main.INTERNAL) {
            return child;
        }
        String why = child > 128 && child < 160
                ? "it was killed by signal " + (child - 128) + (child == 137 ? " (often: the machine ran out of memory)" : "")
                : "it stopped with exit code " + child;
        err.println("roadcase: internal error: the Java process running the command ended abnormally: " + why
                + "; run again, with ROADCASE_FORK=0 to run in one process; the previous output is unchanged");
        return Main.INTERNAL;
    }
}
