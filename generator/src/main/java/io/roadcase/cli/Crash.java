package io.roadcase.cli;

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
                    + " MB): give Java more, e.g. ROADCASE_OPTS=-Xmx4g bin/roadcase ..., java -Xmx4g -jar roadcase.jar ..."
                    + ", or JAVA_TOOL_OPTIONS=-Xmx4g"
                    + " (Maven: MAVEN_OPTS=-Xmx4g, or -Droadcase.jvmArgs=-Xmx4g for Roadcase's JVM alone);"
                    + " the previous output is unchanged";
        }
        if (e instanceof StackOverflowError) {
            return "internal error: the run went too deep (stack overflow): a template in the --templates folder that"
                    + " calls itself without end (a macro, #include or #nested) is the usual cause; else give Java a"
                    + " larger stack, e.g. java -Xss8m -jar roadcase.jar ...; the previous output is unchanged";
        }
        return "internal error: the Java virtual machine failed (" + e + "); the previous output is unchanged";
    }
}
