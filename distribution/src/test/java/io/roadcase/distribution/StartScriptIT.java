package io.roadcase.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.source.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built distribution as a user installs it: the zip unpacked into a fresh folder, then
 * {@code bin/roadcase} run on the sample data, with the environments container images and CI runners
 * really have.
 */
class StartScriptIT {

    static final Path ZIP = Path.of(System.getProperty("roadcase.zip", "target/roadcase-0.1.0-SNAPSHOT.zip"));
    static final Path FOLDER = Path.of(System.getProperty("roadcase.distribution", "target/roadcase"));
    static final Path JAR = Path.of(System.getProperty("roadcase.jar", "../generator/target/roadcase.jar"));
    static final Path SAMPLE = Path.of(System.getProperty("roadcase.sample", "../sample-data/src/roadcase"));

    @TempDir
    static Path installed;

    static Path home;

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unzip() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = installed.resolve(e.getName()).normalize();
                assertThat(target.startsWith(installed)).as("%s stays inside the folder", e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        try (Stream<Path> top = Files.list(installed)) {
            home = top.findFirst().orElseThrow();
        }
        // java.util.zip keeps no file modes; the zip records 0755 for the script (checked below).
        Files.setPosixFilePermissions(home.resolve("bin/roadcase"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
    }

    private Run roadcase(Map<String, String> env, String... args) throws Exception {
        return run(command(home.resolve("bin/roadcase"), args), env);
    }

    private Run run(List<String> command, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("ROADCASE_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process p = builder.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished in time", command).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> command(Path script, String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private String[] generate(Path out) {
        return new String[] {"generate", "--data", SAMPLE.toString(), "--out", out.toString(),
            "--report-date", "2026-11-24"};
    }

    @Test
    void makesItsClassDataArchiveAgainForAnotherJavaVersionInTheSameFolder() throws Exception {
        Path copy = tmp.resolve("installed");
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("roadcase.jsa")).toList()) {
                Files.copy(file, copy.resolve(home.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path script = copy.resolve("bin/roadcase");
        Path archive = copy.resolve("lib/roadcase.jsa");
        Path key = copy.resolve("lib/roadcase.jsa.key");
        String runtime = Files.readAllLines(Path.of(System.getProperty("java.home"), "release")).stream()
                .filter(line -> line.startsWith("JAVA_RUNTIME_VERSION=")).findFirst().orElseThrow()
                .substring("JAVA_RUNTIME_VERSION=".length());

        Run first = run(command(script, generate(tmp.resolve("first"))), Map.of());
        assertThat(first.code()).as(first.err()).isZero();
        String made = Files.readString(key).strip();
        assertThat(made).startsWith(copy.toRealPath() + " ").endsWith(" " + runtime);
        Object madeFirst = Files.readAttributes(archive, BasicFileAttributes.class).fileKey();

        // The same folder and dates after a package update in place, but another version: a new archive.
        Files.writeString(key, made.replace(runtime, "\"17.0.1+1-elsewhere\"") + "\n");
        Run again = run(command(script, generate(tmp.resolve("again"))), Map.of());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readString(key).strip()).isEqualTo(made);
        assertThat(Files.readAttributes(archive, BasicFileAttributes.class).fileKey()).isNotEqualTo(madeFirst);
    }

    @Test
    void generatesTheSampleLikeTheJarInOneJvmAndMakesItsClassDataArchiveOnTheFirstRun() throws Exception {
        Path first = tmp.resolve("first");
        Run run = roadcase(Map.of(), generate(first));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("roadcase: read ").contains("roadcase: wrote ").contains(" files to " + first);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(first.resolve("index.html")).isRegularFile();
        assertThat(first.resolve("data.json")).isRegularFile();
        assertThat(home.resolve("lib/roadcase.jsa")).as("the archive the first generate run makes").isRegularFile();

        // The second run maps the archive: thousands of classes come from it, none is read from a jar.
        Path second = tmp.resolve("second");
        Run mapped = roadcase(Map.of("ROADCASE_OPTS", "-Xlog:class+load=info:file=" + tmp.resolve("classes.log")),
                generate(second));
        assertThat(mapped.code()).as(mapped.err()).isZero();
        long shared = Files.readAllLines(tmp.resolve("classes.log")).stream()
                .filter(l -> l.contains("source: shared objects file (top)")).count();
        assertThat(shared).as("classes mapped from lib/roadcase.jsa").isGreaterThan(1000);

        // java -jar of the fat jar, one plain JVM: the same bytes.
        Path plain = tmp.resolve("plain");
        Run jar = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "generate", "--data", SAMPLE.toString(), "--out", plain.toString(),
                "--report-date", "2026-11-24"), Map.of());
        assertThat(jar.code()).as(jar.err()).isZero();
        assertThat(checksums(second)).isEqualTo(checksums(first)).isEqualTo(checksums(plain));
    }

    /** Common in container images: the JVM reads it before our options, and two collectors stop it. */
    @Test
    void aCollectorChosenInJavaToolOptionsIsKept() throws Exception {
        Path out = tmp.resolve("site");
        Run run = roadcase(Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC"), generate(out));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote ");
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void aDebuggerAgentInJavaToolOptionsRunsInTheSameJvm() throws Exception {
        Path out = tmp.resolve("site");
        Run run = roadcase(Map.of("JAVA_TOOL_OPTIONS",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0"), generate(out));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void theUsersOptionsComeLastAndWin() throws Exception {
        Run run = roadcase(Map.of("JAVA_OPTS", "-Droadcase.test=java-opts -XX:+PrintCommandLineFlags",
                "ROADCASE_OPTS", "-Xmx97m"), "validate", "--data", SAMPLE.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("-XX:MaxHeapSize=101711872"); // 97 MB
    }

    /** Small data validates faster with the quick compiler only, a million rows with the optimising one. */
    @Test
    void validateUsesTheQuickCompilerOnlyForSmallData() throws Exception {
        Run small = roadcase(Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "validate", "--data", SAMPLE.toString());
        assertThat(small.code()).as(small.err()).isZero();
        assertThat(small.out()).contains("-XX:TieredStopAtLevel=1");

        // The script sums the sizes itself, against the same line as the Maven goals' JVM.
        assertThat(Files.readString(FOLDER.resolve("bin/roadcase"))).contains("-lt " + DataFiles.LARGE_BYTES);
        Path large = Files.createDirectories(tmp.resolve("large data"));
        try (RandomAccessFile file = new RandomAccessFile(large.resolve("kpi_values.csv").toFile(), "rw")) {
            file.setLength(DataFiles.LARGE_BYTES); // sparse: large to the script's size check, nothing to read
        }
        Run big = roadcase(Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "validate", "--data=" + large);
        assertThat(big.out()).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel");
    }

    @Test
    void exitCodesPassThroughUnchanged() throws Exception {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("roadmap.csv"), "id,title,status,start,end\nA,First,wip,2026-05-01,2026-01-01\n");

        assertThat(roadcase(Map.of(), "validate", "--data", SAMPLE.toString()).code()).isZero();
        Run data = roadcase(Map.of(), "validate", "--data", bad.toString());
        assertThat(data.code()).isEqualTo(1);
        assertThat(data.err()).contains("roadmap.csv, line 2, column end").doesNotContain("Java ended");
        Run usage = roadcase(Map.of(), "generate", "--no-such-option");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("roadcase: unknown option '--no-such-option'").doesNotContain("Java ended");
    }

    @Test
    void aJvmThatDoesNotStartIsExitThree() throws Exception {
        Run options = roadcase(Map.of("JAVA_OPTS", "-XX:+NoSuchOption"), "validate", "--data", SAMPLE.toString());
        assertThat(options.code()).isEqualTo(3);
        assertThat(options.err()).contains("NoSuchOption", "roadcase: Java ended with code 1 before Roadcase reported");

        Run noJava = roadcase(Map.of("JAVA_HOME", tmp.resolve("no-jdk").toString()), "--version");
        assertThat(noJava.code()).isEqualTo(3);
        assertThat(noJava.err()).contains("roadcase: JAVA_HOME is ", "no bin/java");
    }

    @Test
    void aKilledScriptStopsItsJvmAndLeavesThePreviousOutputAsItWas() throws Exception {
        Path out = tmp.resolve("site");
        assertThat(roadcase(Map.of(), generate(out)).code()).isZero();
        Map<String, String> published = checksums(out);

        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/roadcase").toString(), "generate", "--data",
                SAMPLE.toString(), "--out", out.toString(), "--report-date", "2026-11-25")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process script = builder.start();
        waitForStaging(out, script);
        List<ProcessHandle> jvm = script.descendants().toList();
        script.destroy(); // TERM to the script only, as a supervisor sends it

        assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm).as("the JVM the script started").isNotEmpty();
        for (ProcessHandle p : jvm) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
        // A killed run may leave its staging folder inside the output; the next run clears it.
        Map<String, String> left = checksums(out);
        left.keySet().removeIf(f -> f.startsWith(".roadcase-staging/"));
        assertThat(left).isEqualTo(published);
    }

    @Test
    void theZipIsTheFolderWithAnExecutableScriptAndNoClassDataArchive() throws Exception {
        List<String> names;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ZIP.toFile())) {
            names = zip.stream().map(e -> e.getName().substring(e.getName().indexOf('/') + 1)).toList();
        }
        assertThat(names).contains("bin/roadcase", "bin/roadcase.cmd", "lib/roadcase.jar",
                "lib/VectorGraphics2D-0.13.jar", "THIRD-PARTY.txt", "licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt",
                "sources/VectorGraphics2D-0.13-sources.jar", "sources/openpdf-2.0.5-sources.jar")
                .noneMatch(name -> name.contains("roadcase.jsa"));
        assertThat(unixMode(ZIP, "bin/roadcase") & 0777).isEqualTo(0755);
        assertThat(Files.readString(home.resolve("bin/roadcase.cmd"))).contains("\r\n");
        assertThat(FOLDER.resolve("bin/roadcase")).isExecutable();
    }

    /** The Unix mode of an entry, from the zip's central directory (the upper 16 bits of external attributes). */
    static int unixMode(Path zip, String suffix) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                int nameLength = u16(bytes, i + 28);
                String name = new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8);
                if (name.endsWith("/" + suffix)) {
                    return (int) (u32(bytes, i + 38) >>> 16);
                }
            }
        }
        throw new AssertionError(suffix + " is not in " + zip);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    static Map<String, String> checksums(Path folder) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(f)) {
                    sha.update(in.readAllBytes());
                }
                sums.put(folder.relativize(f).toString(), HexFormat.of().formatHex(sha.digest()));
            }
        }
        return sums;
    }

    private static void waitForStaging(Path out, Process p) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && p.isAlive()) {
            if (Files.isDirectory(out.resolve(".roadcase-staging"))) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the run never started writing (or finished before it could be killed)");
    }
}
