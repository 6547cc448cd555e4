package io.roadcase.mail;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code roadcase mail} runs. Without {@code send} nothing leaves the machine: the messages are
 * written as {@code .eml} files into {@code folder} only.
 *
 * @param folder     where the {@code .eml} files and the ledger go; never inside the published output folder
 * @param send       send the messages (otherwise a dry run)
 * @param redirectTo send every message to this one address instead (a trial run), or null
 * @param resend     send again what the ledger says was already sent with identical content
 * @param smtp       the server; required when sending
 * @param retry      how often and how patiently a temporary failure is retried
 */
public record MailOptions(Path folder, boolean send, String redirectTo, boolean resend, SmtpServer smtp,
        Retry retry) {

    /** The default folder, beside the default output folder and outside it. */
    public static final Path DEFAULT_FOLDER = Path.of("target", "roadcase-mail");

    public MailOptions {
        folder = folder == null ? DEFAULT_FOLDER : folder;
        retry = retry == null ? Retry.DEFAULT : retry;
        redirectTo = redirectTo == null || redirectTo.isBlank() ? null : redirectTo.trim();
    }

    /** A dry run into this folder. */
    public static MailOptions dryRun(Path folder) {
        return new MailOptions(folder, false, null, false, null, null);
    }

    /**
     * Retrying temporary failures (a 4xx reply, a dropped connection, a server not reachable).
     *
     * @param attempts tries per message in all, at least 1
     * @param backoff  the wait before the second try; it doubles before each further one
     */
    public record Retry(int attempts, Duration backoff) {

        /** Four tries, waiting 2, 4 and 8 seconds between them. */
        public static final Retry DEFAULT = new Retry(4, Duration.ofSeconds(2));

        public Retry {
            attempts = Math.max(1, attempts);
        }

        /** The wait before try {@code n} (2, 3, ...). */
        Duration before(int n) {
            return backoff.multipliedBy(1L << Math.min(16, n - 2));
        }
    }
}
