package io.roadcase.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Runs {@code generate} in a second JVM started with the C1 compiler only.
 *
 * <p>Why: a {@code generate} run is short and runs a lot of distinct code (spreadsheets, templates,
 * PDF, charts) once. On a 2-core CI machine the JVM's optimising compiler (C2) then spends more CPU
 * than it saves: measured with {@code bench/run}, C1 only takes the sample data from about 4.1 s to
 * 2.9 s and the large portfolio from 25.6 s to 12.7 s. A jar cannot carry JVM options, so the command
 * starts itself again with {@code -XX:TieredStopAtLevel=1}, the user's JVM options after it (they win),
 * and the same arguments; output, input and the exit code pass straight through.
 *
 * <p>It does not relaunch, and runs in this JVM, when: {@code ROADCASE_FORK=0} is set; the command is not
 * {@code generate} (validating a million rows is faster with C2); the JVM options already choose a
 * compiler, or are anything but heap, stack, {@code -D} and {@code -XX:} options (an agent or debugger
 * must stay in the JVM it was started in), or record, archive or listen on a port; or the command line
 * cannot be read back (as on Windows). The second JVM
 * stops as soon as the first one is gone, killed or not, so killing the command still stops the run.
 */
final class Launcher {

    /** Set in the second JVM's environment, so it runs the command itself. */
    static final String FORKED = "ROADCASE_FORKED";
    /** {@code ROADCASE_FORK=0} runs every command in the JVM it was started in. */
    static final String FORK = "ROADCASE_FORK";

    static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1");

    /** JVM options that are safe to repeat in the second JVM... */
    private static final Pattern PLAIN_OPTION = Pattern.compile("-(Xm[sx]\\S+|Xss\\S+|D\\S+|XX:\\S+)");
    /** ...unless they choose a compiler, or write a file or open a port that two JVMs would fight over. */
    private static final Pattern OWN_OPTION = Pattern.compile(
            ".*(Tiered|FlightRecord|ArchiveClassesAtExit|com\\.sun\\.management).*");

    private Launcher() {
    }

    /**
     * Runs the command in a tuned JVM when that helps.
     *
     * @return the exit code of the second JVM, or empty when this JVM should run the command itself
     */
    static OptionalInt runTuned(String[] args) {
        if (System.getenv(FORKED) != null) {
            watchParent();
            return OptionalInt.empty();
        }
        if ("0".equals(System.getenv(FORK)) || !isGenerate(args)) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = self.command()
                .flatMap(java -> self.arguments().flatMap(argv -> tunedCommand(java, List.of(argv), args)));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment().put(FORKED, "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // Ctrl-C and a plain kill reach this JVM's shutdown hooks: take the second JVM down too.
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.INTERNAL);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway.
            }
        }
    }

    /** Whether the command is {@code generate} (the first argument that is not an option). */
    static boolean isGenerate(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().filter("generate"::equals).isPresent();
    }

    /**
     * The command line of the tuned JVM: {@code java TUNING <jvm options> -jar <jar> <args>}; empty when
     * this JVM was not started as {@code java [plain options] -jar <jar> <args>} or already chooses a compiler.
     *
     * @param argv this JVM's arguments after the executable, as the operating system reports them
     */
    static Optional<List<String>> tunedCommand(String java, List<String> argv, String[] args) {
        int jar = argv.indexOf("-jar");
        if (jar < 0 || jar + 1 >= argv.size()
                || !argv.subList(jar + 2, argv.size()).equals(Arrays.asList(args))) {
            return Optional.empty();
        }
        List<String> options = argv.subList(0, jar);
        if (!options.stream().allMatch(o -> PLAIN_OPTION.matcher(o).matches() && !OWN_OPTION.matcher(o).matches())) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(TUNING);
        command.addAll(argv);
        return Optional.of(command);
    }

    /**
     * In the second JVM: stops at once when the first JVM is gone. The first JVM, killed with no chance
     * to clean up, cannot stop it any other way; the run then ends before it publishes (a check every
     * 50 ms, against runs of seconds), and the next run clears what it left in staging.
     */
    private static void watchParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        Thread watcher = new Thread(() -> {
            while (parent.get().isAlive()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(Main.INTERNAL);
        }, "roadcase-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
