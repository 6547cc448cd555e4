package io.roadcase.cli;

import io.roadcase.Config;
import io.roadcase.Config.Part;
import io.roadcase.Generator;
import io.roadcase.Result;
import io.roadcase.cli.Syntax.Option;
import io.roadcase.cli.Syntax.UsageError;
import io.roadcase.model.Problem;
import io.roadcase.model.ReportDates;
import io.roadcase.publish.HalfPublished;
import io.roadcase.publish.UnsafeOutputFolder;
import io.roadcase.site.RenderBudget;
import io.roadcase.starter.StarterWorkbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code roadcase} command: {@code init}, {@code validate}, {@code generate} and {@code mail}. Exit
 * codes: 0 done (warnings allowed), 1 the data has errors (or warnings under --fail-on-warning), 2 wrong
 * usage, 3 anything else. A data problem never prints a stack trace; only internal faults do.
 */
public final class Main {

    static final int DATA_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private static final String ABOUT = "Turns roadmap, KPI and business-case spreadsheets into a static site, "
            + "charts, PDF briefs and data.json.";
    private static final List<String> FOOTER = List.of("", "Examples:", "  roadcase init data",
            "  roadcase validate --data src/roadcase",
            "  roadcase generate --out target/roadcase --report-date 2026-11-24",
            "  roadcase mail      (a dry run: .eml files in target/roadcase-mail)", "",
            "Exit codes: 0 done, 1 data errors, 2 wrong usage, 3 internal or I/O error.");

    /** The commands, in the order the help lists them. */
    private static final List<Command> COMMANDS = List.of(new Init(), new Validate(), new Generate(), new MailCommand());

    private Main() {
    }

    /** A command: what it accepts, and what it does with it; returns the exit code. */
    interface Command {
        Syntax syntax();

        int run(Syntax.Parsed args, PrintWriter out, PrintWriter err) throws UsageError, Exception;

        /** Paragraphs the help prints after the options. */
        default List<String> footer() {
            return List.of();
        }
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(StartScript.exitCode(code));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        quietLibraryLogging();
        Command command = null;
        try {
            if (args.length == 0) {
                throw new UsageError("say what to do: init, validate, generate or mail");
            }
            switch (args[0]) {
                case "-h", "--help" -> {
                    printHelp(out);
                    return 0;
                }
                case "-V", "--version" -> {
                    out.println(version());
                    return 0;
                }
                case "help" -> {
                    if (args.length == 1) {
                        printHelp(out);
                    } else {
                        Command asked = command(args[1]);
                        asked.syntax().printHelp(out, asked.footer());
                    }
                    return 0;
                }
                default -> command = command(args[0]);
            }
            Syntax.Parsed parsed = command.syntax().parse(List.of(args).subList(1, args.length));
            if (parsed.has(Syntax.HELP)) {
                command.syntax().printHelp(out, command.footer());
                return 0;
            }
            if (parsed.has(Syntax.VERSION)) {
                out.println(version());
                return 0;
            }
            return command.run(parsed, out, err);
        } catch (UsageError e) {
            String name = command == null ? "" : command.syntax().command() + " ";
            err.println("roadcase: " + e.getMessage());
            err.println(command == null ? "Usage: roadcase [OPTIONS] COMMAND" : command.syntax().usage());
            err.println("Run 'roadcase " + name + "--help' for " + (command == null ? "the commands." : "its options."));
            return USAGE;
        } catch (VirtualMachineError e) {
            // Out of memory or stack: not the data's fault (exit 1) and no trace helps; say what to do.
            err.println("roadcase: " + Crash.advice(e));
            return INTERNAL;
        } catch (Exception e) {
            err.println("roadcase: internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Command command(String name) throws UsageError {
        for (Command command : COMMANDS) {
            if (command.syntax().command().equals(name)) {
                return command;
            }
        }
        throw new UsageError((name.startsWith("-") ? "unknown option '" : "unknown command '") + name
                + "': say what to do: init, validate, generate or mail");
    }

    private static void printHelp(PrintWriter out) {
        out.println("Usage: roadcase [OPTIONS] COMMAND");
        Syntax.paragraph(out, ABOUT);
        out.println();
        out.println("Commands:");
        for (Command command : COMMANDS) {
            Syntax.item(out, "  " + command.syntax().command(), command.syntax().about().get(0), 16);
        }
        Syntax.item(out, "  help COMMAND", "Show the help of a command (as does roadcase COMMAND --help).", 16);
        out.println();
        out.println("Options:");
        for (Option option : List.of(Syntax.HELP, Syntax.VERSION)) {
            Syntax.item(out, "  " + option.synopsis(), option.help(), 16);
        }
        FOOTER.forEach(out::println);
    }

    private static String version() {
        return "roadcase " + Generator.version();
    }

    /**
     * POI logs through Log4j's API; without a provider it prints a warning on every run. The command
     * line has nothing useful to say through it, so it binds the API's own no-frills logger, silenced.
     * Also what the Maven plugin's own JVM does ({@code io.roadcase.maven.ForkedGoal}).
     */
    public static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("java.awt.headless", "true");
    }

    /** Options every command that reads the data shares. */
    record Common(Path data, LocalDate reportDate, boolean failOnWarning, boolean quiet, boolean verbose) {

        static final Option DATA = Option.value("--data", "DIR", "Folder with the spreadsheets (default: {default}).")
                .orElse("src/roadcase");
        static final Option REPORT_DATE = Option.value("--report-date", "YYYY-MM-DD", "The date the report is as of, "
                + "1900-01-01 to 9999-12-31 (default: the setting report_date, else today).");
        static final Option FAIL_ON_WARNING = Option.flag("--fail-on-warning", "Treat warnings as errors (exit 1).");
        static final Option QUIET = Option.flag("--quiet", "Print errors only.").shortName('q');
        static final Option VERBOSE = Option.flag("--verbose", "Also print info problems and the time of each stage.")
                .shortName('v');
        static final List<Option> OPTIONS = List.of(DATA, REPORT_DATE, FAIL_ON_WARNING, QUIET, VERBOSE);

        static Common of(Syntax.Parsed args) throws UsageError {
            return new Common(args.path(DATA), args.value(REPORT_DATE, Main::reportDate), args.has(FAIL_ON_WARNING),
                    args.has(QUIET), args.has(VERBOSE));
        }

        /** These options followed by the command's own. */
        static List<Option> and(Option... own) {
            return Stream.concat(OPTIONS.stream(), Stream.of(own)).toList();
        }
    }

    /** Prints what was read, the problems and the summary; returns the exit code. */
    static int report(Result result, Common common, PrintWriter out, PrintWriter err, String done) {
        if (result.read() != null && !common.quiet()) {
            out.println("roadcase: " + result.read());
        }
        for (Problem p : result.problems()) {
            boolean show = switch (p.level()) {
                case ERROR -> true;
                case WARNING -> !common.quiet();
                case INFO -> common.verbose();
            };
            if (show) {
                err.println(p);
            }
        }
        long errors = result.count(Problem.Level.ERROR);
        long warnings = result.count(Problem.Level.WARNING);
        if (common.verbose()) {
            for (Map.Entry<String, Long> stage : result.stageMillis().entrySet()) {
                err.printf(Locale.ROOT, "  %-8s %6d ms%n", stage.getKey(), stage.getValue());
            }
        }
        if (result.failed()) {
            err.printf(Locale.ROOT, "roadcase: %d error%s, %d warning%s: nothing was published%n", errors,
                    errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
            return DATA_ERRORS;
        }
        if (!common.quiet()) {
            out.println(done + (warnings > 0 ? " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")" : ""));
        }
        return 0;
    }

    /** {@code roadcase validate}. */
    static final class Validate implements Command {
        private static final Syntax SYNTAX = new Syntax("validate", List.of("Read and check the spreadsheets; "
                + "print every problem with its file, sheet and cell."), Common.OPTIONS, null);

        @Override
        public Syntax syntax() {
            return SYNTAX;
        }

        @Override
        public int run(Syntax.Parsed args, PrintWriter out, PrintWriter err) throws UsageError {
            Common common = Common.of(args);
            Config config = Config.of(common.data(), null).withReportDate(common.reportDate())
                    .withFailOnWarning(common.failOnWarning());
            return report(new Generator(config).validate(), common, out, err, "roadcase: the data is valid");
        }
    }

    /** {@code roadcase generate}. */
    static final class Generate implements Command {
        static final Option OUT = Option.value("--out", "DIR", "Output folder (default: {default}). Files Roadcase "
                + "did not write are kept.").orElse("target/roadcase");
        static final Option TEMPLATES = Option.value("--templates", "DIR", "Folder of templates and assets that "
                + "override the built-in ones by file name.");
        static final Option ONLY = Option.value("--only", "PART", "Write only these parts: site, pdf, json "
                + "(default: all).").list();
        static final Option BASELINE = Option.value("--baseline", "FILE|DIR|URL", "The previous publish to compare "
                + "with: its data.json, a folder holding one, or an https:// address of it (default: the data.json "
                + "already in --out, when its report date is earlier). Adds changes.html and \"What changed\" to the "
                + "pages and briefs.");
        static final Option RENDER_TIMEOUT = Option.value("--render-timeout", "TIME", "How long rendering all pages "
                + "may take, such as 300s or 5m (default: {default}); a user template that loops for ever stops with "
                + "an error.").orElse("5m");
        private static final Syntax SYNTAX = new Syntax("generate", List.of("Build the site, charts, PDF briefs and "
                + "data.json into the output folder."), Common.and(OUT, TEMPLATES, ONLY, BASELINE, RENDER_TIMEOUT), null);

        @Override
        public Syntax syntax() {
            return SYNTAX;
        }

        @Override
        public int run(Syntax.Parsed args, PrintWriter out, PrintWriter err) throws UsageError {
            Common common = Common.of(args);
            Path output = args.path(OUT);
            Path templates = templates(args, TEMPLATES);
            List<Part> only = args.choices(ONLY, Part.class);
            Config config = Config.of(common.data(), output).withReportDate(common.reportDate())
                    .withTemplates(templates)
                    .withParts(only.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(only))
                    .withFailOnWarning(common.failOnWarning()).withBaseline(args.value(BASELINE));
            try {
                Generator generator = new Generator(config).renderTimeout(args.value(RENDER_TIMEOUT, RenderBudget::parse));
                if (System.console() != null && !common.quiet() && !common.verbose()) {
                    // On a terminal only: CI logs stay quiet.
                    generator.onProgress(line -> err.println("roadcase: " + line));
                }
                Result result = generator.generate();
                if (result.upToDate()) {
                    if (!common.quiet()) {
                        out.println("roadcase: " + output + " is up to date");
                    }
                    return 0;
                }
                return report(result, common, out, err, "roadcase: wrote " + result.written() + " files to " + output);
            } catch (UnsafeOutputFolder e) {
                err.println("roadcase: " + e.getMessage());
                return USAGE;
            } catch (IOException e) {
                // Past its point of no return a run cannot put the old output back: the next one finishes it.
                err.println("roadcase: " + e.getMessage()
                        + (e instanceof HalfPublished ? "" : " (the previous output is unchanged)"));
                return INTERNAL;
            }
        }
    }

    /** {@code --templates}: a folder that must exist, or null when not given. */
    static Path templates(Syntax.Parsed args, Option option) throws UsageError {
        Path templates = args.path(option);
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UsageError(option.name() + " " + templates + " is not a folder");
        }
        return templates;
    }

    /** {@code roadcase init}: writes the starter workbook; never overwrites one without --force. */
    static final class Init implements Command {
        static final Option FORCE = Option.flag("--force", "Overwrite an existing roadcase.xlsx.");
        private static final Syntax SYNTAX = new Syntax("init", List.of("Write a starter workbook (roadcase.xlsx) "
                + "with every table, an example row each, drop-down lists and help on every header."), List.of(FORCE),
                new Syntax.Argument("DIR", "Folder to write it in, created if missing (default: {default}).",
                        "src/roadcase"));

        @Override
        public Syntax syntax() {
            return SYNTAX;
        }

        @Override
        public int run(Syntax.Parsed args, PrintWriter out, PrintWriter err) throws UsageError {
            Path folder = args.argument(Path::of);
            Path file = folder.resolve(StarterWorkbook.FILE_NAME);
            if (Files.exists(file) && !args.has(FORCE)) {
                err.println("roadcase: " + file + " already exists; use --force to overwrite it");
                return USAGE;
            }
            try {
                Files.createDirectories(folder);
                Files.write(file, StarterWorkbook.bytes(LocalDate.now()));
            } catch (IOException e) {
                err.println("roadcase: cannot write " + file + ": " + e);
                return INTERNAL;
            }
            out.println("roadcase: wrote " + file + "; replace the example rows with your own, then run: "
                    + "roadcase validate --data " + folder);
            return 0;
        }
    }

    /** {@code --report-date}: YYYY-MM-DD within {@link ReportDates#RANGE}. */
    static LocalDate reportDate(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("expected a date as YYYY-MM-DD, such as 2026-11-24, found '" + value + "'");
        }
        if (!ReportDates.accepts(date)) {
            throw new IllegalArgumentException("expected a date " + ReportDates.RANGE + ", found " + value);
        }
        return date;
    }
}
