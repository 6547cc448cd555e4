package io.roadcase.cli;

import io.roadcase.Config;
import io.roadcase.mail.MailOptions;
import io.roadcase.mail.MailResult;
import io.roadcase.mail.Mailer;
import io.roadcase.mail.SmtpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadcase mail}: one message per stakeholder with their briefs; a dry run unless --send. */
@Command(name = "mail", mixinStandardHelpOptions = true,
        description = {"Build the output like generate, then write one message per stakeholder with their briefs.",
            "Without --send nothing leaves the machine: the messages are written as .eml files only."},
        footer = {"", "SMTP settings also come from ROADCASE_SMTP_HOST, ROADCASE_SMTP_PORT, ROADCASE_SMTP_SECURITY,",
            "ROADCASE_SMTP_USER and ROADCASE_SMTP_PASSWORD (options win).",
            "Exit codes: 0 done, 1 data errors, 2 wrong usage, 3 a message was not delivered, or I/O error."})
final class MailCommand implements Callable<Integer> {

    @Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/roadcase",
            description = "Output folder with the briefs (default: ${DEFAULT-VALUE}); generated when not up to date.")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of templates overriding the built-in ones by file name (mail/message.ftlh, ...).")
    Path templates;

    @Option(names = "--mail-dir", paramLabel = "DIR", defaultValue = "target/roadcase-mail",
            description = "Where the .eml files and the ledger go, outside the output folder (default: ${DEFAULT-VALUE}).")
    Path mailDir;

    @Option(names = "--send", description = "Send the messages by SMTP (otherwise a dry run).")
    boolean send;

    @Option(names = "--redirect-to", paramLabel = "ADDR",
            description = "Send every message to this address instead (the real recipient is named in the subject).")
    String redirectTo;

    @Option(names = "--resend", description = "Send again messages the ledger says were sent with identical content.")
    boolean resend;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server (or ROADCASE_SMTP_HOST).")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT",
            description = "Port (default: 587 for starttls, 465 for ssl, 25 for none).")
    Integer port;

    @Option(names = "--smtp-security", paramLabel = "MODE",
            description = "starttls (default), ssl or none.")
    SmtpServer.Security security;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "Login (or ROADCASE_SMTP_USER).")
    String user;

    @Option(names = "--smtp-password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
            description = "Password; without a value it is asked for. Prefer ROADCASE_SMTP_PASSWORD in CI.")
    String password;

    @Option(names = "--smtp-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Connection, read and write timeout (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--smtp-attempts", paramLabel = "N", defaultValue = "4",
            description = "Tries per message when the failure is temporary, waiting 2, 4, 8 ... s between (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment; tests replace it. */
    static Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (templates != null && !templates.toFile().isDirectory()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--templates " + templates + " is not a folder");
        }
        SmtpServer smtp;
        try {
            SmtpServer given = SmtpServer.fromEnvironment(environment, host, port, security, user, password);
            smtp = new SmtpServer(given.host(), given.port(), given.security(), given.user(), given.password(),
                    Duration.ofSeconds(Math.max(1, timeoutSeconds)), null);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        MailOptions options = new MailOptions(mailDir, send, redirectTo, resend, smtp,
                new MailOptions.Retry(attempts, MailOptions.Retry.DEFAULT.backoff()));
        String usage = Mailer.usageProblem(out, options);
        if (usage != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), usage);
        }
        Config config = Config.of(common.data, out).withReportDate(common.reportDate).withTemplates(templates)
                .withFailOnWarning(common.failOnWarning);
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
                    .filter(p -> p.level() == io.roadcase.model.Problem.Level.ERROR
                            || (p.level() == io.roadcase.model.Problem.Level.WARNING && !common.quiet))
                    .forEach(err::println);
        }
        if (!common.quiet) {
            result.notes().forEach(line -> outWriter.println("roadcase: " + line));
        }
        result.failures().forEach(line -> err.println("roadcase: " + line));
        if (result.fatal() != null) {
            err.println("roadcase: nothing more was sent: " + result.fatal());
        }
        if (!common.quiet) {
            outWriter.println(send
                    ? "roadcase: sent " + result.sent() + " message" + (result.sent() == 1 ? "" : "s")
                            + (result.unchanged() > 0 ? ", " + result.unchanged() + " unchanged not sent again" : "")
                            + "; copies and the ledger in " + mailDir
                    : "roadcase: wrote " + result.written() + " message" + (result.written() == 1 ? "" : "s")
                            + " to " + mailDir + " (dry run: nothing was sent; --send sends them)");
        }
        return result.delivered() ? 0 : Main.INTERNAL;
    }
}
