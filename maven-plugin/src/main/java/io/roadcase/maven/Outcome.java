package io.roadcase.maven;

import io.roadcase.Result;
import io.roadcase.cli.Crash;
import io.roadcase.publish.UnsafeOutputFolder;
import java.io.IOException;
import java.io.Serializable;

/**
 * What came of a goal's run, in Maven's JVM or in a JVM of its own (which sends it back serialised):
 * its result, or how it stopped without one and a line that says why.
 */
final class Outcome implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a run stopped without a result. */
    enum Stop { UNSAFE_OUTPUT_FOLDER, FAULT, CRASH }

    /** A run that gives a result or throws. */
    interface Work {
        Result run() throws IOException;
    }

    final Result result;
    final Stop stop;
    final String message;
    /** The fault itself, for Maven's -e, when it happened in this JVM. */
    final transient Throwable cause;

    private Outcome(Result result, Stop stop, String message, Throwable cause) {
        this.result = result;
        this.stop = stop;
        this.message = message;
        this.cause = cause;
    }

    static Outcome of(Result result) {
        return new Outcome(result, null, null, null);
    }

    /** Runs the work: its result, or the one-line reason it stopped (never a stack trace). */
    static Outcome of(Work work) {
        try {
            return of(work.run());
        } catch (UnsafeOutputFolder e) {
            return new Outcome(null, Stop.UNSAFE_OUTPUT_FOLDER, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, Stop.FAULT, e.toString(), e);
        } catch (VirtualMachineError e) {
            // One line that says what to do (more memory, a template that recurses), not a trace.
            return new Outcome(null, Stop.CRASH, Crash.advice(e), null);
        }
    }
}
