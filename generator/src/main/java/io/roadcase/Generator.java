package io.roadcase;

import io.roadcase.Config.Part;
import io.roadcase.analyze.Analyzer;
import io.roadcase.changes.Baseline;
import io.roadcase.changes.BaselineSource;
import io.roadcase.chart.Chart;
import io.roadcase.chart.ChartWriter;
import io.roadcase.chart.Charts;
import io.roadcase.check.Checker;
import io.roadcase.json.DataJson;
import io.roadcase.look.Formats;
import io.roadcase.look.Typefaces;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.pdf.PdfRenderer;
import io.roadcase.publish.Fingerprint;
import io.roadcase.publish.Publisher;
import io.roadcase.publish.UnsafeOutputFolder;
import io.roadcase.read.PortfolioReader.ReadResult;
import io.roadcase.read.PortfolioReader;
import io.roadcase.read.ReadSummary;
import io.roadcase.render.Output;
import io.roadcase.render.ProblemSink;
import io.roadcase.render.RenderContext;
import io.roadcase.render.Renderer;
import io.roadcase.render.Piece;
import io.roadcase.site.PageTemplates;
import io.roadcase.site.RenderBudget;
import io.roadcase.site.SiteRenderer;
import io.roadcase.site.TemplateError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The facade over the pipeline: read → check → analyze → draw → render → publish. The command line
 * and the Maven plugin call only this; the whole pipeline reads in {@link #generate()}.
 */
public final class Generator {

    private final Config config;
    private static final List<String> STAGES =
            List.of("read", "check", "analyze", "charts", "site", "pdf", "json", "publish");

    private final Map<String, Long> stageMillis = new ConcurrentHashMap<>();
    private volatile Consumer<String> progress = stage -> { };
    private Duration renderBudget = RenderBudget.DEFAULT;
    /** The report the last {@link #generate()} rendered, for {@link #report()}; null when it rendered none. */
    private Report generated;

    public Generator(Config config) {
        this.config = config;
    }

    /** How long rendering the pages may take in all (see {@link RenderBudget}); the default is 5 minutes. */
    public Generator renderTimeout(Duration budget) {
        this.renderBudget = budget;
        return this;
    }

    /** Receives a short line as each stage ends ({@code charts done in 412 ms}), from any thread. */
    public Generator onProgress(Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /** The version of Roadcase, from the jar manifest ({@code dev} when run from classes). */
    public static String version() {
        String v = Generator.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Reads, checks and analyzes the data; writes nothing. */
    public Result validate() {
        Analysis analysis = analyze();
        return new Result(analysis.report.problems(), analysis.failed, false, 0, stages(), analysis.read);
    }

    /**
     * {@link #validate()} with generate's up-to-date check: when the data, the options and the version
     * are unchanged since the last successful validation recorded in {@code stamp}, reads nothing and
     * returns an up-to-date result; after a successful validation, records it there.
     *
     * @throws IOException when the stamp cannot be written
     */
    public Result validate(Path stamp) throws IOException {
        String fingerprint = fingerprint();
        if (stamped(stamp, fingerprint)) {
            return Result.unchanged();
        }
        Result result = validate();
        if (!result.failed()) {
            Files.createDirectories(stamp.toAbsolutePath().getParent());
            Files.writeString(stamp, fingerprint + "\n", StandardCharsets.UTF_8);
        }
        return result;
    }

    /**
     * Whether {@link #validate(Path)} would find the data validated already, reading only what the
     * up-to-date check reads: for a caller that would otherwise start a process to validate.
     */
    public boolean isValidated(Path stamp) throws IOException {
        return stamped(stamp, fingerprint());
    }

    private static boolean stamped(Path stamp, String fingerprint) throws IOException {
        return Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(fingerprint);
    }

    /**
     * Whether {@link #generate()} would find the output up to date, checked as it checks (the baseline
     * loaded too) but without its lock and without reading the data: for a caller that would otherwise
     * start a process to generate. A publish that another process is making meanwhile may make it stale.
     */
    public boolean isUpToDate() throws IOException {
        return new Publisher(config.outputDirectory()).isUpToDate(fingerprint(Baseline.of(config.baseline())));
    }

    /**
     * Reads, checks and analyzes the data and returns the model, addresses included, with what changed
     * since the baseline (as the last {@link #generate()} compared it; the very report it rendered when
     * it was not up to date): what {@code roadcase mail} composes its messages from (data.json does not
     * carry the addresses).
     */
    public Report report() {
        if (generated != null) {
            return generated; // what generate() just rendered: no second read of the data
        }
        Report report = analyze().report;
        return report.withChanges(Baseline.of(config.baseline()).compare(report, config.outputDirectory()).changes());
    }

    /**
     * Runs the whole pipeline and publishes the output folder atomically when the data has no errors.
     * An unchanged re-run (same inputs, templates, options and version) writes nothing.
     *
     * @throws IOException when the output cannot be written (the previous output is left as it was)
     * @throws UnsafeOutputFolder when the output folder is one Roadcase must not publish into
     */
    public Result generate() throws IOException {
        UnsafeOutputFolder.check(config.outputDirectory(), config.dataDirectory(), config.templateDirectory());
        Publisher publisher = new Publisher(config.outputDirectory());
        try (AutoCloseable lock = publisher.lock()) {
            publisher.recover();
            // Loaded before the fingerprint: the baseline's content is part of it.
            Baseline baseline = Baseline.of(config.baseline());
            String fingerprint = fingerprint(baseline);
            if (publisher.isUpToDate(fingerprint)) {
                return Result.unchanged();
            }
            warmUpRenderers();
            Analysis analysis = analyze();
            if (analysis.failed) {
                return new Result(analysis.report.problems(), true, false, 0, stages(), analysis.read);
            }
            int written;
            List<Problem> problems = new ArrayList<>(analysis.report.problems());
            // After the failure check: a baseline that cannot be used is a warning, never a failed run.
            Baseline.Outcome compared = baseline.compare(analysis.report, config.outputDirectory());
            Report report = analysis.report.withChanges(compared.changes());
            generated = report;
            if (compared.warning() != null) {
                problems.add(compared.warning());
            }
            try (Publisher.Staging staging = publisher.stage()) {
                problems.addAll(render(report, staging.output()));
                if (compared.used() != null) {
                    staging.output().write(BaselineSource.KEPT, compared.used().bytes());
                }
                long start = System.nanoTime();
                written = staging.commit(fingerprint);
                time("publish", start);
            } catch (TemplateError e) {
                // The user's template is broken: their input, like a bad cell, so a failed run with its place.
                problems.add(e.problem());
                problems.sort(Problem.BY_PLACE);
                return new Result(List.copyOf(problems), true, false, 0, stages());
            }
            problems.sort(Problem.BY_PLACE);
            return new Result(List.copyOf(problems), false, false, written, stages(), analysis.read);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private record Analysis(Report report, boolean failed, ReadSummary read) {
    }

    /**
     * Starts, on a thread of its own, one-time work the render stages would otherwise do first, when
     * both cores are busy with pieces: FreeMarker parsing the built-in templates, and the fonts and
     * the JDK's font manager. Reading the data leaves the second core about half idle (the compiler
     * works there), so this costs little: a cold sample run 0.05–0.16 s shorter (medians of four
     * series of 11–15 alternating runs; docs/benchmarks.md). Nothing it makes is used later, so it
     * cannot change the output.
     */
    private void warmUpRenderers() {
        Set<Part> parts = config.parts();
        if (!parts.contains(Part.SITE) && !parts.contains(Part.PDF)) {
            return;
        }
        Thread warmUp = new Thread(() -> {
            if (parts.contains(Part.SITE)) {
                PageTemplates.warmUp();
            }
            try {
                Typefaces.warmUp();
            } catch (RuntimeException | LinkageError e) {
                // The render stages load the fonts again and report what is wrong.
            }
        }, "roadcase-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private Analysis analyze() {
        long start = System.nanoTime();
        ReadResult read = PortfolioReader.read(config.dataDirectory(), config.reportDate(),
                config.fallbackReportDate());
        time("read", start);
        Portfolio portfolio = read.portfolio();
        LocalDate reportDate = reportDate(portfolio);

        start = System.nanoTime();
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(Checker.check(portfolio, reportDate));
        time("check", start);

        start = System.nanoTime();
        Report report = Analyzer.analyze(portfolio, reportDate, problems);
        time("analyze", start);

        boolean failed = report.problems().stream().anyMatch(p -> p.level() == Problem.Level.ERROR
                || (config.failOnWarning() && p.level() == Problem.Level.WARNING));
        return new Analysis(report, failed, ReadSummary.of(portfolio, read.files().size()));
    }

    /** METRICS.md: the option, else the setting, else the build's timestamp, else today. */
    private LocalDate reportDate(Portfolio portfolio) {
        if (config.reportDate() != null) {
            return config.reportDate();
        }
        if (portfolio.settings().reportDate() != null) {
            return portfolio.settings().reportDate();
        }
        return config.fallbackReportDate() != null ? config.fallbackReportDate() : LocalDate.now();
    }

    /**
     * Draws and renders every selected part. Each stage splits into pieces (a brief, a chart file, a
     * page) and all pieces run on one pool as wide as the machine, the largest kinds first: briefs,
     * then charts, then pages.
     *
     * @return problems found while rendering (a logo that cannot be used, a character no font has)
     */
    private List<Problem> render(Report report, Output output) throws IOException {
        List<Renderer> renderers = renderers();
        Set<Part> parts = config.parts();
        List<Chart> charts = parts.contains(Part.SITE) || parts.contains(Part.PDF) ? Charts.of(report) : List.of();
        RenderContext context = new RenderContext(report, charts, Formats.of(report.settings()), output,
                new ProblemSink(), config.dataDirectory());
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<CompletableFuture<?>> stages = new ArrayList<>();
            for (Renderer renderer : renderers) {
                stages.add(stage(renderer.stage(), renderer.work(context), pool));
            }
            CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).join();
            return context.problems().all();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The output stages the options select, the largest kinds of piece first: briefs, charts, pages, data.json. */
    private List<Renderer> renderers() {
        Set<Part> parts = config.parts();
        List<Renderer> renderers = new ArrayList<>();
        if (parts.contains(Part.PDF)) {
            renderers.add(new PdfRenderer());
        }
        if (parts.contains(Part.SITE)) {
            renderers.add(ChartWriter.RENDERER);
            renderers.add(new SiteRenderer(config.templateDirectory(), parts.contains(Part.PDF), renderBudget));
        }
        if (parts.contains(Part.JSON)) {
            renderers.add(DataJson.RENDERER);
        }
        return renderers;
    }

    /**
     * Starts the pieces of one stage. Stages run side by side on the pool, so a stage's time is the sum
     * of its pieces' times (its cost in thread time), not the wall time until its last piece ended.
     */
    private CompletableFuture<Void> stage(String name, List<Piece> pieces, ExecutorService pool) {
        LongAdder nanos = new LongAdder();
        List<Piece> timed = pieces.stream().<Piece>map(piece -> () -> {
            long start = System.nanoTime();
            try {
                piece.run();
            } finally {
                nanos.add(System.nanoTime() - start);
            }
        }).toList();
        return Piece.start(timed, pool).thenRun(() -> record(name, nanos.sum()));
    }

    /** The stages' times in pipeline order (render stages end in any order). */
    private Map<String, Long> stages() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String stage : STAGES) {
            Long millis = stageMillis.get(stage);
            if (millis != null) {
                ordered.put(stage, millis);
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    private void time(String stage, long startNanos) {
        record(stage, System.nanoTime() - startNanos);
    }

    private void record(String stage, long nanos) {
        long millis = nanos / 1_000_000;
        stageMillis.put(stage, millis);
        progress.accept(stage + " done in " + millis + " ms");
    }

    /** Everything that decides the output; the date only when it would otherwise be today. */
    private String fingerprint(Baseline baseline) throws IOException {
        return inputs().add("baseline", baseline.fingerprint()).hex();
    }

    /** Everything that decides what validate says: the options, the data and the templates. */
    private String fingerprint() throws IOException {
        return inputs().hex();
    }

    private Fingerprint inputs() throws IOException {
        Fingerprint f = new Fingerprint()
                .add("version", config.toolVersion())
                .add("reportDate", config.reportDate())
                .add("fallbackReportDate", config.fallbackReportDate())
                .add("today", config.reportDate() == null && config.fallbackReportDate() == null ? LocalDate.now() : "")
                .add("parts", config.parts())
                .add("failOnWarning", config.failOnWarning());
        // Only what the run reads: the data files DataFiles lists (not sub-folders, .git or target/), the
        // logo, and the template folder. A file that cannot be listed or linked out is left to the reader.
        f.addDataFolder("data", config.dataDirectory());
        f.addFolder("templates", config.templateDirectory());
        return f;
    }
}
