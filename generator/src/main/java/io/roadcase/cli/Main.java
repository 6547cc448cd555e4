package io.roadcase.cli;

import io.roadcase.Config;
import io.roadcase.Config.Part;
import io.roadcase.Generator;
import io.roadcase.Result;
import io.roadcase.model.Problem;
import io.roadcase.model.ReportDates;
import io.roadcase.publish.UnsafeOutputFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code roadcase} command: {@code validate} and {@code generate}. Exit codes: 0 done (warnings
 * allowed), 1 the data has errors (or warnings under --fail-on-warning), 2 wrong usage, 3 anything
 * else. A data problem never prints a stack trace; only internal faults do.
 */
@Command(name = "roadcase", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns roadmap, KPI and business-case spreadsheets into a static site, charts, "
                + "PDF briefs and data.json.",
        subcommands = {Main.Init.class, Main.Validate.class, Main.Generate.class, MailCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  roadcase init data", "  roadcase validate --data src/roadcase",
                "  roadcase generate --data src/roadcase --out target/roadcase --report-date 2026-11-24",
                "  roadcase mail --data src/roadcase (a dry run: .eml files in target/roadcase-mail)",
                "", "Exit codes: 0 done, 1 data errors, 2 wrong usage, 3 internal or I/O error."})
public final class Main implements Runnable {

    static final int DATA_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(StartScript.exitCode(code));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        quietLibraryLogging();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("roadcase: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) {
            // Out of memory or stack: not the data's fault (exit 1) and no trace helps; say what to do.
            err.println("roadcase: " + Crash.advice(e));
            return INTERNAL;
        }
    }

    /**
     * POI logs through Log4j's API; without a provider it prints a warning on every run. The command
     * line has nothing useful to say through it, so it binds the API's own no-frills logger, silenced.
     */
    private static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("java.awt.headless", "true");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: validate, generate or mail");
    }

    /** Options both commands share. */
    static final class Common {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "src/roadcase",
                description = "Folder with the spreadsheets (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--report-date", paramLabel = "YYYY-MM-DD", converter = ReportDateOption.class,
                description = "The date the report is as of, 1900-01-01 to 9999-12-31 (default: the setting "
                        + "report_date, else today).")
        LocalDate reportDate;

        @Option(names = "--fail-on-warning", description = "Treat warnings as errors (exit 1).")
        boolean failOnWarning;

        @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Also print info problems and the time of each stage.")
        boolean verbose;
    }

    /** Prints what was read, the problems and the summary; returns the exit code. */
    static int report(Result result, Common common, PrintWriter out, PrintWriter err, String done) {
        if (result.read() != null && !common.quiet) {
            out.println("roadcase: " + result.read());
        }
        for (Problem p : result.problems()) {
            boolean show = switch (p.level()) {
                case ERROR -> true;
                case WARNING -> !common.quiet;
                case INFO -> common.verbose;
            };
            if (show) {
                err.println(p);
            }
        }
        long errors = result.count(Problem.Level.ERROR);
        long warnings = result.count(Problem.Level.WARNING);
        if (common.verbose) {
            for (Map.Entry<String, Long> stage : result.stageMillis().entrySet()) {
                err.printf(Locale.ROOT, "  %-8s %6d ms%n", stage.getKey(), stage.getValue());
            }
        }
        if (result.failed()) {
            err.printf(Locale.ROOT, "roadcase: %d error%s, %d warning%s: nothing was published%n", errors,
                    errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
            return DATA_ERRORS;
        }
        if (!common.quiet) {
            out.println(done + (warnings > 0 ? " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")" : ""));
        }
        return 0;
    }

    /** {@code roadcase validate}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Read and check the spreadsheets; print every problem with its file, sheet and cell.")
    static final class Validate implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Config config = Config.of(common.data, null).withReportDate(common.reportDate)
                    .withFailOnWarning(common.failOnWarning);
            Result result = new Generator(config).validate();
            return report(result, common, spec.commandLine().getOut(), spec.commandLine().getErr(),
                    "roadcase: the data is valid");
        }
    }

    /** {@code roadcase generate}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Build the site, charts, PDF briefs and data.json into the output folder.")
    static final class Generate implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/roadcase",
                description = "Output folder (default: ${DEFAULT-VALUE}). Files Roadcase did not write are kept.")
        Path out;

        @Option(names = "--templates", paramLabel = "DIR",
                description = "Folder of templates and assets that override the built-in ones by file name.")
        Path templates;

        @Option(names = "--only", paramLabel = "PART", split = ",",
                description = "Write only these parts: site, pdf, json (default: all).")
        List<Part> only;

        @Option(names = "--baseline", paramLabel = "FILE|DIR|URL",
                description = "The previous publish to compare with: its data.json, a folder holding one, or an "
                        + "https:// address of it (default: the data.json already in --out, when its report date "
                        + "is earlier). Adds changes.html and \"What changed\" to the pages and briefs.")
        String baseline;

        @Option(names = "--render-timeout", paramLabel = "TIME", converter = RenderTimeoutOption.class,
                defaultValue = "5m", description = "How long rendering all pages may take, such as 300s or 5m (default: "
                        + "${DEFAULT-VALUE}); a user template that loops for ever stops with an error.")
        java.time.Duration renderTimeout;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (templates != null && !templates.toFile().isDirectory()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--templates " + templates + " is not a folder");
            }
            Config config = Config.of(common.data, out).withReportDate(common.reportDate).withTemplates(templates)
                    .withParts(only == null || only.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(only))
                    .withFailOnWarning(common.failOnWarning).withBaseline(baseline);
            try {
                Generator generator = new Generator(config).renderTimeout(renderTimeout);
                if (System.console() != null && !common.quiet && !common.verbose) {
                    // On a terminal only: CI logs stay quiet.
                    generator.onProgress(line -> spec.commandLine().getErr().println("roadcase: " + line));
                }
                Result result = generator.generate();
                if (result.upToDate()) {
                    if (!common.quiet) {
                        spec.commandLine().getOut().println("roadcase: " + out + " is up to date");
                    }
                    return 0;
                }
                return report(result, common, spec.commandLine().getOut(), spec.commandLine().getErr(),
                        "roadcase: wrote " + result.written() + " files to " + out);
            } catch (UnsafeOutputFolder e) {
                spec.commandLine().getErr().println("roadcase: " + e.getMessage());
                return USAGE;
            } catch (java.io.IOException e) {
                // Past its point of no return a run cannot put the old output back: the next one finishes it.
                spec.commandLine().getErr().println("roadcase: " + e.getMessage()
                        + (e instanceof io.roadcase.publish.HalfPublished ? "" : " (the previous output is unchanged)"));
                return INTERNAL;
            }
        }
    }

    /** {@code roadcase init}: writes the starter workbook; never overwrites one without --force. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Write a starter workbook (roadcase.xlsx) with every table, an example row each,"
                    + " drop-down lists and help on every header.")
    static final class Init implements Callable<Integer> {
        @CommandLine.Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "src/roadcase",
                description = "Folder to write it in, created if missing (default: ${DEFAULT-VALUE}).")
        Path folder;

        @Option(names = "--force", description = "Overwrite an existing roadcase.xlsx.")
        boolean force;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path file = folder.resolve(io.roadcase.starter.StarterWorkbook.FILE_NAME);
            if (java.nio.file.Files.exists(file) && !force) {
                spec.commandLine().getErr().println("roadcase: " + file + " already exists; use --force to overwrite it");
                return 2;
            }
            try {
                java.nio.file.Files.createDirectories(folder);
                java.nio.file.Files.write(file, io.roadcase.starter.StarterWorkbook.bytes(LocalDate.now()));
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("roadcase: cannot write " + file + ": " + e);
                return INTERNAL;
            }
            spec.commandLine().getOut().println("roadcase: wrote " + file + "; replace the example rows with your"
                    + " own, then run: roadcase validate --data " + folder);
            return 0;
        }
    }

    /** {@code --report-date}: YYYY-MM-DD within {@link ReportDates#RANGE}, else a usage error. */
    static final class ReportDateOption implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate date;
            try {
                date = LocalDate.parse(value.strip());
            } catch (java.time.DateTimeException e) {
                throw new CommandLine.TypeConversionException("expected a date as YYYY-MM-DD, such as 2026-11-24, found '"
                        + value + "'");
            }
            if (!ReportDates.accepts(date)) {
                throw new CommandLine.TypeConversionException("expected a date " + ReportDates.RANGE + ", found "
                        + value);
            }
            return date;
        }
    }

    /** Prints the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"roadcase " + Generator.version()};
        }
    }
}
