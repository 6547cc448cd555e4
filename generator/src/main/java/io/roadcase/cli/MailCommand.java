package io.roadcase.cli;

import io.roadcase.Config;
import io.roadcase.cli.Syntax.Option;
import io.roadcase.cli.Syntax.UsageError;
import io.roadcase.mail.MailOptions;
import io.roadcase.mail.MailResult;
import io.roadcase.mail.Mailer;
import io.roadcase.mail.SmtpServer;
import io.roadcase.model.Problem;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code roadcase mail}: one message per stakeholder with their briefs; a dry run unless --send. */
final class MailCommand implements Main.Command {

    static final Option OUT = Option.value("--out", "DIR", "Output folder with the briefs (default: {default}); "
            + "generated when not up to date.").orElse("target/roadcase");
    static final Option TEMPLATES = Option.value("--templates", "DIR", "Folder of templates overriding the built-in "
            + "ones by file name (mail/message.ftlh, ...).");
    static final Option MAIL_DIR = Option.value("--mail-dir", "DIR", "Where the .eml files and the ledger go, outside "
            + "the output folder (default: {default}).").orElse("target/roadcase-mail");
    static final Option SEND = Option.flag("--send", "Send the messages by SMTP (otherwise a dry run).");
    static final Option REDIRECT_TO = Option.value("--redirect-to", "ADDR", "Send every message to this address "
            + "instead (the real recipient is named in the subject).");
    static final Option RESEND = Option.flag("--resend", "Send again messages the ledger says were sent with "
            + "identical content.");
    static final Option HOST = Option.value("--smtp-host", "HOST", "SMTP server (or ROADCASE_SMTP_HOST).");
    static final Option PORT = Option.value("--smtp-port", "PORT", "Port (default: 587 for starttls, 465 for ssl, "
            + "25 for none).");
    static final Option SECURITY = Option.value("--smtp-security", "MODE", "starttls (default), ssl or none.");
    static final Option USER = Option.value("--smtp-user", "USER", "Login (or ROADCASE_SMTP_USER).");
    static final Option PASSWORD = Option.value("--smtp-password", "PASSWORD", "Password; without a value it is "
            + "asked for on the terminal. Prefer ROADCASE_SMTP_PASSWORD in CI.").valueOptional();
    static final Option TIMEOUT = Option.value("--smtp-timeout", "SECONDS", "Connection, read and write timeout "
            + "(default: {default}).").orElse("30");
    static final Option ATTEMPTS = Option.value("--smtp-attempts", "N", "Tries per message when the failure is "
            + "temporary, waiting 2, 4, 8 ... s between (default: {default}).").orElse("4");

    private static final Syntax SYNTAX = new Syntax("mail", List.of("Build the output like generate, then write one "
            + "message per stakeholder with their briefs.", "Without --send nothing leaves the machine: the messages "
            + "are written as .eml files only."), Main.Common.and(OUT, TEMPLATES, MAIL_DIR, SEND, REDIRECT_TO, RESEND,
                    HOST, PORT, SECURITY, USER, PASSWORD, TIMEOUT, ATTEMPTS), null);

    private static final List<String> FOOTER = List.of("", "SMTP settings also come from ROADCASE_SMTP_HOST, "
            + "ROADCASE_SMTP_PORT, ROADCASE_SMTP_SECURITY, ROADCASE_SMTP_USER and ROADCASE_SMTP_PASSWORD (options win).",
            "", "Exit codes: 0 done, 1 data errors, 2 wrong usage, 3 a message was not delivered, or I/O error.");

    /** The environment; tests replace it. */
    static Map<String, String> environment = System.getenv();

    @Override
    public Syntax syntax() {
        return SYNTAX;
    }

    @Override
    public List<String> footer() {
        return FOOTER;
    }

    @Override
    public int run(Syntax.Parsed args, PrintWriter outWriter, PrintWriter err) throws UsageError {
        Main.Common common = Main.Common.of(args);
        Path out = args.path(OUT);
        Path templates = Main.templates(args, TEMPLATES);
        Path mailDir = args.path(MAIL_DIR);
        boolean send = args.has(SEND);
        String redirectTo = args.value(REDIRECT_TO);
        String password = args.has(PASSWORD) && args.value(PASSWORD) == null ? askPassword() : args.value(PASSWORD);
        int attempts = args.number(ATTEMPTS);
        SmtpServer smtp;
        try {
            SmtpServer given = SmtpServer.fromEnvironment(environment, args.value(HOST), args.number(PORT),
                    args.choice(SECURITY, SmtpServer.Security.class), args.value(USER), password);
            smtp = new SmtpServer(given.host(), given.port(), given.security(), given.user(), given.password(),
                    Duration.ofSeconds(Math.max(1, args.number(TIMEOUT))), null);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        MailOptions options = new MailOptions(mailDir, send, redirectTo, args.has(RESEND), smtp,
                new MailOptions.Retry(attempts, MailOptions.Retry.DEFAULT.backoff()));
        String usage = Mailer.usageProblem(out, options);
        if (usage != null) {
            throw new UsageError(usage);
        }
        Config config = Config.of(common.data(), out).withReportDate(common.reportDate()).withTemplates(templates)
                .withFailOnWarning(common.failOnWarning());
        MailResult result;
        try {
            result = new Mailer(config, options).run();
        } catch (IOException e) {
            err.println("roadcase: " + e.getMessage());
            return Main.INTERNAL;
        }
        if (result.generation().failed()) {
            return Main.report(result.generation(), common, outWriter, err, "");
        }
        if (!result.generation().upToDate()) {
            result.generation().problems().stream()
                    .filter(p -> p.level() == Problem.Level.ERROR
                            || (p.level() == Problem.Level.WARNING && !common.quiet()))
                    .forEach(err::println);
        }
        if (!common.quiet()) {
            result.notes().forEach(line -> outWriter.println("roadcase: " + line));
        }
        result.failures().forEach(line -> err.println("roadcase: " + line));
        if (result.fatal() != null) {
            err.println("roadcase: nothing more was sent: " + result.fatal());
        }
        if (!common.quiet()) {
            outWriter.println(send
                    ? "roadcase: sent " + result.sent() + " message" + (result.sent() == 1 ? "" : "s")
                            + (result.unchanged() > 0 ? ", " + result.unchanged() + " unchanged not sent again" : "")
                            + "; copies and the ledger in " + mailDir
                    : "roadcase: wrote " + result.written() + " message" + (result.written() == 1 ? "" : "s")
                            + " to " + mailDir + " (dry run: nothing was sent; --send sends them)");
        }
        return result.delivered() ? 0 : Main.INTERNAL;
    }

    /** {@code --smtp-password} without a value: asked for on the terminal, not echoed. */
    private static String askPassword() throws UsageError {
        Console console = System.console();
        if (console == null) {
            throw new UsageError("--smtp-password has no value and there is no terminal to ask for it on: "
                    + "give it in ROADCASE_SMTP_PASSWORD");
        }
        char[] password = console.readPassword("SMTP password: ");
        if (password == null) {
            throw new UsageError("--smtp-password: no password was entered");
        }
        return new String(password);
    }
}
