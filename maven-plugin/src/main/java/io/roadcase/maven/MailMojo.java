package io.roadcase.maven;

import io.roadcase.Config;
import io.roadcase.Result;
import io.roadcase.mail.MailOptions;
import io.roadcase.mail.MailResult;
import io.roadcase.mail.Mailer;
import io.roadcase.mail.SmtpServer;
import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Builds the output like generate (or finds it up to date), then writes one message per stakeholder
 * with their briefs into {@code mailDirectory}. Sends them only with {@code -Droadcase.mail.send=true}.
 * Not bound to any phase: a build never sends mail unless this goal is asked for.
 */
@Mojo(name = "mail", threadSafe = true)
public class MailMojo extends AbstractRoadcaseMojo {

    /** The output folder with the briefs; generated when not up to date. */
    @Parameter(property = "roadcase.outputDirectory", defaultValue = "${project.build.directory}/roadcase",
            required = true)
    private File outputDirectory;

    /** Your own templates, overriding the built-in ones by file name ({@code mail/message.ftlh}, ...). */
    @Parameter(property = "roadcase.templateDirectory")
    private File templateDirectory;

    /** Where the {@code .eml} files and the ledger go; never inside the output folder. */
    @Parameter(property = "roadcase.mail.directory", defaultValue = "${project.build.directory}/roadcase-mail",
            required = true)
    private File mailDirectory;

    /** Send the messages by SMTP; otherwise only the {@code .eml} files are written. */
    @Parameter(property = "roadcase.mail.send", defaultValue = "false")
    private boolean send;

    /** Send every message to this one address instead (a trial run). */
    @Parameter(property = "roadcase.mail.redirectTo")
    private String redirectTo;

    /** Send again what the ledger says was already sent with identical content. */
    @Parameter(property = "roadcase.mail.resend", defaultValue = "false")
    private boolean resend;

    /** The SMTP server; else {@code ROADCASE_SMTP_HOST}. */
    @Parameter(property = "roadcase.mail.smtpHost")
    private String smtpHost;

    /** Its port; else {@code ROADCASE_SMTP_PORT}, else 587, 465 or 25 by security. */
    @Parameter(property = "roadcase.mail.smtpPort")
    private Integer smtpPort;

    /** {@code starttls} (default), {@code ssl} or {@code none}; else {@code ROADCASE_SMTP_SECURITY}. */
    @Parameter(property = "roadcase.mail.smtpSecurity")
    private String smtpSecurity;

    /**
     * The id of the {@code <server>} in settings.xml whose username and password log in to the SMTP server
     * (the password may be encrypted with {@code mvn --encrypt-password}). Without that server, the
     * {@code ROADCASE_SMTP_USER} and {@code ROADCASE_SMTP_PASSWORD} variables are used.
     */
    @Parameter(property = "roadcase.mail.serverId", defaultValue = "roadcase-smtp")
    private String serverId;

    /** Connection, read and write timeout in seconds. */
    @Parameter(property = "roadcase.mail.smtpTimeout", defaultValue = "30")
    private int smtpTimeout;

    /** Tries per message when a failure is temporary (waiting 2, 4, 8 ... seconds between). */
    @Parameter(property = "roadcase.mail.smtpAttempts", defaultValue = "4")
    private int smtpAttempts;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    private MailResult mailed;

    @Override
    protected Outcome run() throws MojoFailureException {
        MailOptions options = new MailOptions(mailDirectory.toPath(), send, redirectTo, resend, smtp(),
                new MailOptions.Retry(smtpAttempts, MailOptions.Retry.DEFAULT.backoff()));
        String usage = Mailer.usageProblem(outputDirectory.toPath(), options);
        if (usage != null) {
            throw new MojoFailureException(usage.replace("--send", "roadcase.mail.send")
                    .replace("--smtp-host", "smtpHost (roadcase.mail.smtpHost)")
                    .replace("--redirect-to", "redirectTo"));
        }
        Config config = config(outputDirectory.toPath()).withTemplates(Parameters.templateFolder(templateDirectory));
        // In Maven's JVM: the mail goal needs the addresses and Maven's settings.xml logins.
        return Outcome.of(() -> {
            mailed = new Mailer(config, options).run();
            return mailed.generation();
        });
    }

    /** Host, port and security from the parameters or the environment; the login from settings.xml or the environment. */
    private SmtpServer smtp() throws MojoFailureException {
        SmtpServer.Security security = null;
        if (smtpSecurity != null && !smtpSecurity.isBlank()) {
            security = SmtpServer.Security.parse(smtpSecurity);
            if (security == null) {
                throw new MojoFailureException("smtpSecurity '" + smtpSecurity + "' is not one of starttls, ssl, none");
            }
        }
        String user = null;
        String password = null;
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server != null) {
            SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : decrypted.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoFailureException("The password of server " + serverId + " in settings.xml cannot be"
                            + " decrypted: " + problem.getMessage());
                }
            }
            user = decrypted.getServer().getUsername();
            password = decrypted.getServer().getPassword();
            getLog().debug("Roadcase mail logs in as " + user + " (server " + serverId + " in settings.xml)");
        }
        Map<String, String> env = System.getenv();
        try {
            SmtpServer s = SmtpServer.fromEnvironment(env, smtpHost, smtpPort, security, user, password);
            return new SmtpServer(s.host(), s.port(), s.security(), s.user(), s.password(),
                    Duration.ofSeconds(Math.max(1, smtpTimeout)), null);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    @Override
    protected void succeeded(Result result) throws MojoFailureException {
        mailed.notes().forEach(line -> getLog().info("Roadcase mail: " + line));
        mailed.failures().forEach(line -> getLog().error("Roadcase mail: " + line));
        if (mailed.fatal() != null) {
            getLog().error("Roadcase mail: nothing more was sent: " + mailed.fatal());
        }
        if (send) {
            getLog().info("Roadcase sent " + count(mailed.sent(), "message")
                    + (mailed.unchanged() > 0 ? ", " + mailed.unchanged() + " unchanged not sent again" : "")
                    + "; copies and the ledger in " + mailDirectory);
        } else {
            getLog().info("Roadcase wrote " + count(mailed.written(), "message") + " to " + mailDirectory
                    + " (dry run: nothing was sent; -Droadcase.mail.send=true sends them)");
        }
        if (!mailed.delivered()) {
            int failed = mailed.failures().size();
            throw new MojoFailureException("Roadcase mail: " + (mailed.fatal() != null ? "sending stopped: "
                    + mailed.fatal() : count(failed, "message") + " not delivered (see the [ERROR] lines above)"));
        }
    }
}
