package io.roadcase.model;

/**
 * The settings {@code roadcase mail} uses: who the messages are from, where replies go, the subject
 * and the largest message it sends with the briefs attached.
 *
 * @param from    the {@code From} address ({@code Name <name@example.com>} or a bare address); required to send
 * @param replyTo the {@code Reply-To} address, or null
 * @param subject the subject text, or null for the built-in subject template's own
 * @param maxSize the largest message in bytes, encoded as sent; larger briefs go as links
 */
public record MailSettings(String from, String replyTo, String subject, long maxSize) {

    /** 10 MB: what most mail servers accept. */
    public static final long DEFAULT_MAX_SIZE = 10L * 1024 * 1024;

    /** Mail settings when the data sets none. */
    public static final MailSettings DEFAULTS = new MailSettings(null, null, null, DEFAULT_MAX_SIZE);
}
