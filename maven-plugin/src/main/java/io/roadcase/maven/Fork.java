package io.roadcase.maven;

import io.roadcase.source.DataFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs a goal in a Java virtual machine of its own, started with the options the command line's start
 * script uses. Maven's JVM is made for long builds: the G1 collector and the optimising compiler, which
 * a run of a few seconds pays for without gaining (0.3–0.4 s of the sample's cold {@code mvn package},
 * docs/benchmarks.md). The run is handed over as a properties file and comes back as a serialised
 * {@link Outcome}; whatever the JVM prints goes to Maven's log.
 */
final class Fork {

    private static final String THP_SETTING = "/sys/kernel/mm/transparent_hugepage/enabled";

    private final PluginDescriptor plugin;
    private final List<String> userOptions;
    private final Log log;

    Fork(PluginDescriptor plugin, String jvmArgs, Log log) {
        this.plugin = plugin;
        this.userOptions = jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.trim().split("\\s+"));
        this.log = log;
    }

    Outcome run(GoalRequest request) throws MojoExecutionException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("roadcase-");
            Path requestFile = dir.resolve("request.properties");
            Path outcomeFile = dir.resolve("outcome");
            Path printed = dir.resolve("printed.txt");
            try (OutputStream out = Files.newOutputStream(requestFile)) {
                request.toProperties().store(out, null);
            }
            List<String> command = command(request, requestFile, outcomeFile);
            log.debug("Roadcase runs in a JVM of its own: " + String.join(" ", command));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(printed.toFile()).start();
            int exit = waitFor(process);
            // In the platform's encoding, as the JVM printed it (the same as Maven's JVM, see sameDefaults).
            List<String> lines = new String(Files.readAllBytes(printed), Charset.defaultCharset()).lines()
                    .filter(line -> !line.isBlank()).toList();
            if (exit == 0 && Files.isRegularFile(outcomeFile)) {
                for (String line : lines) {
                    // Java's own note that it took JAVA_TOOL_OPTIONS (Maven's JVM printed it too) is no warning.
                    if (line.startsWith("Picked up ")) {
                        log.debug("Roadcase's JVM: " + line);
                    } else {
                        log.warn("Roadcase's JVM: " + line);
                    }
                }
                return read(outcomeFile);
            }
            throw new MojoExecutionException("Roadcase's JVM stopped (exit code " + exit + ") without a result"
                    + (lines.isEmpty() ? "" : ": " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 5),
                            lines.size())))
                    + "; options for it go in roadcase.jvmArgs, and roadcase.fork=false runs Roadcase in Maven's JVM");
        } catch (IOException e) {
            throw new MojoExecutionException("Roadcase could not start its JVM: " + e, e);
        } finally {
            delete(dir);
        }
    }

    /** Waits for the run; when Maven stops (Ctrl-C) or this thread is interrupted, the run stops too. */
    static int waitFor(Process process) throws MojoExecutionException {
        // Terminated, not killed: its own shutdown hooks run, and a half-made publish is recovered next time.
        Thread stop = new Thread(process::destroy, "roadcase-fork-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Roadcase was interrupted; the previous output is unchanged");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // Maven is stopping: the hook runs.
            }
        }
    }

    /** The java command: this JVM's java, the start script's tuning, the user's options, the plugin's jars. */
    List<String> command(GoalRequest request, Path requestFile, Path outcomeFile) {
        List<String> command = new ArrayList<>();
        String java = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        command.add(Path.of(System.getProperty("java.home"), "bin", java).toString());
        // Only validate's compiler depends on the size of the data.
        long dataBytes = request.goal() == GoalRequest.Goal.VALIDATE
                ? DataFiles.bytes(request.config().dataDirectory()) : 0;
        command.addAll(tuning(request.goal(), dataBytes, userOptions, transparentHugePages()));
        command.addAll(sameDefaults());
        command.addAll(mavensHeap(ManagementFactory.getRuntimeMXBean().getInputArguments(), userOptions));
        command.addAll(userOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(ForkedGoal.class.getName());
        command.add(requestFile.toString());
        command.add(outcomeFile.toString());
        return command;
    }

    /**
     * As {@code bin/roadcase} tunes its JVM, each left out when the user's options choose otherwise:
     * the quick compiler (C1) only, the serial collector, transparent huge pages where the kernel gives
     * them on request. Validating keeps the optimising compiler for large data ({@link DataFiles#LARGE_BYTES}).
     */
    static List<String> tuning(GoalRequest.Goal goal, long dataBytes, List<String> userOptions, boolean hugePages) {
        List<String> tuning = new ArrayList<>();
        boolean quickCompiler = goal == GoalRequest.Goal.GENERATE || dataBytes < DataFiles.LARGE_BYTES;
        if (quickCompiler && !chosen(userOptions, "TieredStopAtLevel", "TieredCompilation")) {
            tuning.add("-XX:TieredStopAtLevel=1");
            tuning.add("-XX:C1MaxInlineSize=20");
        }
        if (userOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            tuning.add("-XX:+UseSerialGC");
        }
        if (hugePages && !chosen(userOptions, "TransparentHugePages")) {
            tuning.add("-XX:+UseTransparentHugePages");
        }
        return tuning;
    }

    /**
     * Maven's JVM's time zone, locale and file encoding, which MAVEN_OPTS may have set: "today" (the
     * report date when none is given) and anything else that depends on them come out as they would
     * inside Maven's JVM.
     */
    static List<String> sameDefaults() {
        Locale locale = Locale.getDefault();
        return List.of("-Duser.timezone=" + TimeZone.getDefault().getID(), "-Duser.language=" + locale.getLanguage(),
                "-Duser.country=" + locale.getCountry(), "-Duser.variant=" + locale.getVariant(),
                "-Dfile.encoding=" + Charset.defaultCharset().name());
    }

    /**
     * The heap size Maven's JVM was given (MAVEN_OPTS=-Xmx4g, as the docs said before the goals had a JVM
     * of their own), unless the user's options for this JVM give one: a build that needed it still has it.
     */
    static List<String> mavensHeap(List<String> mavenOptions, List<String> userOptions) {
        List<String> heap = mavenOptions.stream().filter(Fork::setsHeap).toList();
        return heap.isEmpty() || userOptions.stream().anyMatch(Fork::setsHeap) ? List.of() : heap;
    }

    private static boolean setsHeap(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize=")
                || option.startsWith("-XX:MaxRAMPercentage=") || option.startsWith("-XX:MaxRAM=");
    }

    private static boolean chosen(List<String> options, String... words) {
        return options.stream().anyMatch(o -> Arrays.stream(words).anyMatch(o::contains));
    }

    private static boolean transparentHugePages() {
        try {
            String setting = Files.readString(Path.of(THP_SETTING));
            return setting.contains("[always]") || setting.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The plugin's jar and its dependencies, but not the bridge that sends Log4j to Maven's SLF4J, which
     * only Maven's JVM has (the forked run silences library logging as the command line does).
     */
    private String classPath() {
        Set<String> jars = new LinkedHashSet<>();
        if (plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null) {
            jars.add(plugin.getPluginArtifact().getFile().getAbsolutePath());
        }
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null && !artifact.getArtifactId().equals("log4j-to-slf4j")) {
                jars.add(artifact.getFile().getAbsolutePath());
            }
        }
        return String.join(File.pathSeparator, jars);
    }

    /** The outcome the run wrote: only Roadcase's own classes and the JDK's are accepted. */
    static Outcome read(Path outcomeFile) throws IOException, MojoExecutionException {
        try (InputStream file = Files.newInputStream(outcomeFile); ObjectInputStream in = new ObjectInputStream(file)) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("io.roadcase.**;java.base/*;!*"));
            return (Outcome) in.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new MojoExecutionException("Roadcase's JVM wrote an outcome this plugin cannot read: " + e, e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A temporary folder left behind is no reason to fail the build.
        }
    }
}
