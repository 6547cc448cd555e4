package io.roadcase.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Sends messages over one SMTP connection, opened when first needed and again after it broke. A
 * temporary failure (a 4xx reply, a dropped or refused connection) is retried with a growing wait; a
 * permanent one (a 5xx reply, a bad address) is not. Never logs, so the password is never printed.
 */
final class SmtpSender implements AutoCloseable {

    /** What went wrong, and so what to do next. */
    private enum Kind { TEMPORARY, RECIPIENT, SERVER }

    private final SmtpServer server;
    private final MailOptions.Retry retry;
    private final Session session;
    private Transport transport;

    /** @param envelopeFrom the bare sender address for {@code MAIL FROM} */
    SmtpSender(SmtpServer server, MailOptions.Retry retry, String envelopeFrom) {
        this.server = server;
        this.retry = retry;
        this.session = Session.getInstance(properties(server, envelopeFrom));
    }

    static Properties properties(SmtpServer server, String envelopeFrom) {
        Properties p = new Properties();
        String millis = Long.toString(server.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", server.host());
        p.put("mail.smtp.port", Integer.toString(server.effectivePort()));
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.from", envelopeFrom);
        p.put("mail.smtp.auth", Boolean.toString(server.user() != null));
        p.put("mail.smtp.ssl.checkserveridentity", "true");
        switch (server.security()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.put("mail.smtp.ssl.enable", "true");
            case NONE -> { }
        }
        if (server.tls() != null) {
            p.put("mail.smtp.ssl.socketFactory", server.tls());
        }
        return p;
    }

    /**
     * Sends one message to one envelope recipient.
     *
     * @throws SendFailure when it could not be sent, after retrying what may pass
     */
    void send(MimeMessage message, InternetAddress to) throws SendFailure {
        for (int attempt = 1; ; attempt++) {
            try {
                connected().sendMessage(message, new Address[] {to});
                return;
            } catch (MessagingException e) {
                Kind kind = classify(e);
                close();
                String why = describe(e, to);
                if (kind == Kind.SERVER) {
                    throw new SendFailure(why, true, e);
                }
                if (kind == Kind.RECIPIENT) {
                    throw new SendFailure(why, false, e);
                }
                if (attempt >= retry.attempts()) {
                    boolean unreachable = e instanceof MailConnectException;
                    throw new SendFailure(why + (attempt == 1 ? "" : " (tried " + attempt + " times)"), unreachable, e);
                }
                pause(retry.before(attempt + 1));
            }
        }
    }

    private Transport connected() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            close();
            transport = session.getTransport("smtp");
            transport.connect(server.host(), server.effectivePort(), server.user(), server.password());
        }
        return transport;
    }

    private static Kind classify(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return Kind.SERVER;
        }
        if (e instanceof MailConnectException) {
            return Kind.TEMPORARY;
        }
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SSLException) {
                return Kind.SERVER;
            }
            if (t instanceof SMTPSenderFailedException s) {
                return s.getReturnCode() / 100 == 4 ? Kind.TEMPORARY : Kind.SERVER;
            }
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode() / 100 == 4 ? Kind.TEMPORARY : Kind.RECIPIENT;
            }
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
                return s.getReturnCode() / 100 == 4 ? Kind.TEMPORARY : Kind.RECIPIENT;
            }
            if (t instanceof IOException) {
                return Kind.TEMPORARY;
            }
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("STARTTLS")) {
            return Kind.SERVER;
        }
        if (text.contains("[EOF]")) {
            return Kind.TEMPORARY;
        }
        return Kind.RECIPIENT;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The most telling reply in one line, without the recipient's address (the line may reach a public CI log). */
    private String describe(MessagingException e, InternetAddress to) {
        String text;
        if (e instanceof AuthenticationFailedException) {
            text = "the server refused the login of user " + server.user() + ": " + reply(e);
        } else if (e instanceof MailConnectException) {
            text = "cannot connect to the SMTP server " + server.host() + ":" + server.effectivePort() + ": "
                    + reply(e.getCause() == null ? e : e.getCause());
        } else {
            Throwable deepest = e;
            for (Throwable t = e; t != null; t = next(t)) {
                deepest = t;
                if (t instanceof SMTPAddressFailedException || t instanceof SMTPSenderFailedException) {
                    break;
                }
            }
            text = reply(e) + (deepest == e ? "" : ": " + reply(deepest));
        }
        return text.replace(to.getAddress(), "<address>");
    }

    private static String reply(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The connection is gone already; the next send opens a new one.
            }
            transport = null;
        }
    }
}
