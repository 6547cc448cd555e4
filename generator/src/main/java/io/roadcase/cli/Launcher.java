package io.roadcase.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Runs {@code generate} in a second JVM tuned for a short run: the C1 compiler only, the serial
 * collector and huge pages.
 *
 * <p>Why: a {@code generate} run is short, runs a lot of distinct code (spreadsheets, templates, PDF,
 * charts) once and keeps a heap of a few hundred megabytes. The JVM's defaults on a 2-core CI machine
 * are tuned for the opposite, a long-running server. Measured with {@code bench/run} and profiled:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: the optimising compiler (C2) spends more CPU than it saves.
 *       C1 only takes the sample data from about 4.1 s to 2.9 s and the large portfolio from 25.6 s to
 *       12.7 s.
 *   <li>{@code -XX:C1MaxInlineSize=20} (default 35): C1 compiles about 5,000 methods per run, and
 *       inlining less makes each compile cheaper: 0.45 s less CPU on the sample data, about 2 % more
 *       time on the large portfolio, whose hot loops run longer.
 *   <li>{@code -XX:+UseSerialGC}: G1's write barriers and background threads cost about 1 s of CPU on
 *       the sample data; the serial collector's pauses on this heap are a few milliseconds. Added only
 *       when the user's options choose no collector (two collectors are an error).
 *   <li>{@code -XX:+UseTransparentHugePages}: page faults on fresh heap took about 6 % of the sample's
 *       CPU; with 2 MB pages the run takes about 0.3 s less. Added only where the kernel offers
 *       transparent huge pages on request.
 *   <li>{@code -XX:SharedArchiveFile=roadcase.jsa}: the build trains this class-data archive beside the
 *       jar (about 5,000 classes a run loads, already parsed and verified); mapping it saves about 0.4 s.
 *       Added only when the file is there; the JVM checks that it was made by the same JDK for the
 *       same jar and otherwise ignores it, quietly.
 * </ul>
 * A jar cannot carry JVM options, so the command starts itself again with these options, the user's
 * JVM options after them (they win), and the same arguments; output, input and the exit code pass
 * straight through.
 *
 * <p>It does not relaunch, and runs in this JVM, when: {@code ROADCASE_FORK=0} is set; the JVM is not
 * HotSpot; the command is not {@code generate} (validating a million rows is faster with C2); the
 * JVM options already choose a compiler, or are anything but heap, stack, {@code -D} and {@code -XX:}
 * options (an agent or debugger must stay in the JVM it was started in), or record, archive or listen
 * on a port; or the command line cannot be read back (as on Windows). The second JVM stops as soon as
 * the first one is gone, killed or not, so killing the command still stops the run.
 */
final class Launcher {

    /** Set in the second JVM's environment, so it runs the command itself. */
    static final String FORKED = "ROADCASE_FORKED";
    /** {@code ROADCASE_FORK=0} runs every command in the JVM it was started in. */
    static final String FORK = "ROADCASE_FORK";

    private static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20");
    private static final String SERIAL_GC = "-XX:+UseSerialGC";
    private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    /** Quiet: an archive from another JDK or for an older jar is ignored, not worth a warning. */
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** A JVM option that chooses the garbage collector. */
    private static final Pattern GC_CHOICE = Pattern.compile("-XX:[+-]Use\\w*GC");
    /** Where Linux says whether it gives transparent huge pages: "[always]", "[madvise]" or "[never]". */
    private static final Path THP_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

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
        if ("0".equals(System.getenv(FORK)) || !isGenerate(args) || !isHotSpot(System.getProperty("java.vm.name"))) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = self.command()
                .flatMap(java -> self.arguments().flatMap(
                        argv -> tunedCommand(java, List.of(argv), args, hugePagesOnRequest())));
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
            return OptionalInt.of(Crash.exitCode(child.waitFor(), System.err));
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

    /** Whether the JVM is HotSpot (all common JDKs), whose options the tuning is; OpenJ9 has its own. */
    static boolean isHotSpot(String vmName) {
        return vmName != null && (vmName.contains("HotSpot") || vmName.contains("OpenJDK"));
    }

    /** Whether the command is {@code generate} (the first argument that is not an option). */
    static boolean isGenerate(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().filter("generate"::equals).isPresent();
    }

    /**
     * The command line of the tuned JVM: {@code java <tuning> <jvm options> -jar <jar> <args>}; empty when
     * this JVM was not started as {@code java [plain options] -jar <jar> <args>} or already chooses a compiler.
     *
     * @param argv this JVM's arguments after the executable, as the operating system reports them
     * @param hugePages whether the kernel gives transparent huge pages to a JVM that asks for them
     */
    static Optional<List<String>> tunedCommand(String java, List<String> argv, String[] args, boolean hugePages) {
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
        command.addAll(C1_ONLY);
        if (options.stream().noneMatch(o -> GC_CHOICE.matcher(o).matches())) {
            command.add(SERIAL_GC);
        }
        if (hugePages) {
            command.add(HUGE_PAGES);
        }
        Path archive = classDataArchive(argv.get(jar + 1));
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.addAll(QUIET_ARCHIVE);
        }
        command.addAll(argv);
        return Optional.of(command);
    }

    /** The class-data archive trained beside the jar ({@code roadcase.jar}: {@code roadcase.jsa}), or null. */
    static Path classDataArchive(String jar) {
        if (!jar.endsWith(".jar")) {
            return null;
        }
        try {
            Path archive = Path.of(jar.substring(0, jar.length() - ".jar".length()) + ".jsa");
            return Files.isRegularFile(archive) ? archive.toAbsolutePath() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether Linux gives transparent huge pages to a process that asks (elsewhere the JVM would warn). */
    static boolean hugePagesOnRequest() {
        try {
            String setting = Files.readString(THP_SETTING);
            return setting.contains("[always]") || setting.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
