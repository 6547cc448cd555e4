package io.roadcase.mail;

import io.roadcase.Config;
import io.roadcase.Generator;
import io.roadcase.Result;
import io.roadcase.changes.ChangeText;
import io.roadcase.look.Formats;
import io.roadcase.mail.Composer.Composed;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.MailSettings;
import io.roadcase.model.Report;
import io.roadcase.site.PageTemplates;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code roadcase mail}: runs the pipeline like generate (or finds its output up to date), then writes
 * one message per stakeholder with the briefs of their cases and, when their row says so, the
 * portfolio brief. A dry run unless {@link MailOptions#send()}: the messages go only into
 * {@code .eml} files, in a folder outside the published output.
 */
public final class Mailer {

    private final Config config;
    private final MailOptions options;
    private List<String> changes;

    /** @param config the generate configuration; its output folder holds the briefs */
    public Mailer(Config config, MailOptions options) {
        this.config = config;
        this.options = options;
    }

    /**
     * What changed since the baseline, one line each, shown in every message, instead of the changes
     * the report finds against its baseline ({@link Generator#report()}); null (the default) for those.
     */
    public Mailer withChanges(List<String> lines) {
        this.changes = lines == null ? null : List.copyOf(lines);
        return this;
    }

    /**
     * Why these options cannot be used, or null when they can: the mail folder inside the output folder
     * (e-mail addresses would be published), sending without a server, a redirect that is no address.
     */
    public static String usageProblem(Path outputFolder, MailOptions options) {
        Path out = outputFolder.toAbsolutePath().normalize();
        Path folder = options.folder().toAbsolutePath().normalize();
        if (folder.startsWith(out)) {
            return "the mail folder " + options.folder() + " is inside the output folder " + outputFolder
                    + ", which is published; the messages hold e-mail addresses: choose a folder outside it"
                    + " (default " + MailOptions.DEFAULT_FOLDER + ")";
        }
        if (options.send() && (options.smtp() == null || options.smtp().host() == null
                || options.smtp().host().isBlank())) {
            return "--send needs an SMTP server: give --smtp-host or set " + SmtpServer.HOST_VARIABLE;
        }
        if (options.redirectTo() != null) {
            try {
                new InternetAddress(options.redirectTo(), true).validate();
            } catch (AddressException e) {
                return "--redirect-to " + options.redirectTo() + " is not an e-mail address";
            }
        }
        return null;
    }

    /**
     * Generates (or finds up to date) the output, then writes and, when sending, sends the messages.
     *
     * @throws IOException when the output, a brief or the mail folder cannot be read or written
     * @throws IllegalArgumentException for options {@link #usageProblem} refuses
     */
    public MailResult run() throws IOException {
        String usage = usageProblem(config.outputDirectory(), options);
        if (usage != null) {
            throw new IllegalArgumentException(usage);
        }
        Generator generator = new Generator(config);
        Result generation = generator.generate();
        if (generation.failed()) {
            return new MailResult(generation, List.of(), List.of(), null, 0, 0, 0);
        }
        return deliver(generation, generator.report());
    }

    /** The report's changes since its baseline, one line each; null when it has no baseline. */
    private static List<String> changeLines(Report report) {
        if (!report.changes().hasBaseline()) {
            return null;
        }
        ChangeText text = new ChangeText(Formats.of(report.settings()), report);
        return report.changes().shown().stream().map(text::line).toList();
    }

    private MailResult deliver(Result generation, Report report) throws IOException {
        MailSettings settings = report.settings().mail();
        List<String> notes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (options.send() && settings.from() == null) {
            return new MailResult(generation, notes, failures, "the setting mail_from is not set: it is required to"
                    + " send (add it to the settings table, e.g. Product Office <product@example.com>)", 0, 0, 0);
        }
        Path folder = options.folder();
        Files.createDirectories(folder);
        removeOldMessages(folder);
        Ledger ledger = Ledger.in(folder);
        Composer composer = new Composer(report, new PageTemplates(config.templateDirectory()));
        List<String> changeLines = changes != null ? changes : changeLines(report);
        InternetAddress redirect = options.redirectTo() == null ? null : address(options.redirectTo(), null);
        Set<String> fileNames = new HashSet<>();
        int written = 0;
        int sent = 0;
        int unchanged = 0;
        String fatal = null;
        SmtpSender sender = options.send()
                ? new SmtpSender(options.smtp(), options.retry(), address(settings.from(), null).getAddress()) : null;
        try {
            for (Delivery delivery : Delivery.of(report)) {
                String name = delivery.person().name();
                if (delivery.isEmpty()) {
                    notes.add(name + " gets no message: no funding cases and no portfolio brief");
                    continue;
                }
                Composed message;
                try {
                    InternetAddress own = address(delivery.person().email(), name);
                    message = fit(composer, delivery, changeLines, redirect == null ? own : redirect, redirect == null ? null : own,
                            report.settings().siteUrl(), settings.maxSize());
                } catch (TooLarge e) {
                    failures.add(name + ": " + e.getMessage());
                    continue;
                } catch (MessagingException e) {
                    failures.add(name + ": the message could not be composed: " + e.getMessage());
                    continue;
                }
                String file = fileName(name, fileNames);
                writeAtomically(folder.resolve(file), message.bytes());
                written++;
                if (sender == null) {
                    continue;
                }
                String to = message.to().getAddress();
                if (!options.resend() && ledger.sent(to, message.contentHash())) {
                    unchanged++;
                    notes.add(name + ": already sent with identical content (" + message.messageId()
                            + "); --resend sends it again");
                    continue;
                }
                try {
                    sender.send(message.message(), message.to());
                } catch (SendFailure e) {
                    if (e.wholeRun()) {
                        fatal = e.getMessage();
                        break;
                    }
                    failures.add(name + ": not delivered: " + e.getMessage());
                    continue;
                }
                ledger.record(to, message.messageId(), message.contentHash(), file);
                sent++;
            }
        } finally {
            if (sender != null) {
                sender.close();
            }
        }
        return new MailResult(generation, List.copyOf(notes), List.copyOf(failures), fatal, written, sent, unchanged);
    }

    /** The message with as many briefs attached, in order, as fit under the limit; the rest go as links. */
    private Composed fit(Composer composer, Delivery delivery, List<String> changeLines, InternetAddress to,
            InternetAddress realTo, String site, long limit) throws IOException, MessagingException, TooLarge {
        List<Brief> briefs = briefs(delivery);
        List<Brief> attached = new ArrayList<>(briefs);
        while (true) {
            Composed message = composer.compose(delivery, attached, to, realTo, changeLines);
            if (message.bytes().length <= limit) {
                return message;
            }
            if (site == null || attached.isEmpty()) {
                throw new TooLarge("the message would be " + megabytes(message.bytes().length) + " with its "
                        + (attached.isEmpty() ? "text" : "briefs") + ", over mail_max_size (" + megabytes(limit)
                        + (site == null ? "); set site_url so that large briefs go as links, or raise mail_max_size"
                        : ")"));
            }
            attached.remove(attached.size() - 1);
        }
    }

    private List<Brief> briefs(Delivery delivery) throws IOException {
        List<Brief> briefs = new ArrayList<>();
        for (CaseFigures c : delivery.cases()) {
            briefs.add(brief(MessageModel.briefFile(c.id()), c.fundingCase().title()));
        }
        if (delivery.portfolio()) {
            briefs.add(brief(MessageModel.PORTFOLIO_FILE, "Portfolio"));
        }
        return briefs;
    }

    private Brief brief(String file, String title) throws IOException {
        Path path = config.outputDirectory().resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IOException("The brief " + path + " is missing: the output folder has no PDF briefs"
                    + " (was it generated with --only?)");
        }
        return new Brief(file, title, Files.readAllBytes(path));
    }

    /** {@code 12.3 MB}, or {@code 480 KB} below a megabyte. */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static InternetAddress address(String text, String name) throws IOException {
        try {
            if (name == null) {
                InternetAddress address = new InternetAddress(text, true);
                address.validate();
                return address;
            }
            return Composer.address(text, name);
        } catch (AddressException e) {
            // Addresses are checked when the data is read; this is a last guard, without the address.
            throw new IOException("an address in the data or settings is not valid: " + e.getMessage()
                    .replace(text, "<address>"));
        }
    }

    /** {@code ann-lee.eml}; a second Ann Lee gets {@code ann-lee-2.eml}. */
    static String fileName(String name, Set<String> taken) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "stakeholder";
        }
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        String file = slug + ".eml";
        for (int n = 2; !taken.add(file); n++) {
            file = slug + "-" + n + ".eml";
        }
        return file;
    }

    /** The previous run's messages: the folder then holds exactly this run's. The ledger stays. */
    private static void removeOldMessages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".eml") && Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A message over the size limit that links cannot shrink. */
    private static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message);
        }
    }

}
