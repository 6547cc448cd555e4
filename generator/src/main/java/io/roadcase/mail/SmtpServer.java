package io.roadcase.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * Where and how messages are sent. Credentials come from options, the environment or Maven's
 * settings.xml, never from the spreadsheets; {@link #toString()} never shows the password.
 *
 * @param host       the SMTP server
 * @param port       its port; 0 means the usual one for the security (587, 465 or 25)
 * @param security   how the connection is protected
 * @param user       the login, or null to send without logging in
 * @param password   the password, or null
 * @param timeout    connection, read and write timeout
 * @param tls        the socket factory for TLS, or null for the JVM's trusted certificates
 */
public record SmtpServer(String host, int port, Security security, String user, String password, Duration timeout,
        SSLSocketFactory tls) {

    /** Connection, read and write timeout unless set: long enough for a slow server, short enough for CI. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The environment variables that configure the server, read by {@link #fromEnvironment}. */
    public static final String HOST_VARIABLE = "ROADCASE_SMTP_HOST";
    public static final String PORT_VARIABLE = "ROADCASE_SMTP_PORT";
    public static final String SECURITY_VARIABLE = "ROADCASE_SMTP_SECURITY";
    public static final String USER_VARIABLE = "ROADCASE_SMTP_USER";
    public static final String PASSWORD_VARIABLE = "ROADCASE_SMTP_PASSWORD";

    /** How the connection to the server is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which is required (port 587). */
        STARTTLS(587),
        /** TLS from the first byte, "SMTPS" (port 465). */
        SSL(465),
        /** No encryption (port 25): only for a relay on the same machine or network. */
        NONE(25);

        private final int port;

        Security(int port) {
            this.port = port;
        }

        /** The usual port for this security. */
        public int port() {
            return port;
        }

        /** {@code starttls}, {@code ssl} or {@code none}, in any case; null when it is none of them. */
        public static Security parse(String text) {
            if (text == null) {
                return null;
            }
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    public SmtpServer {
        security = security == null ? Security.STARTTLS : security;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        user = user == null || user.isBlank() ? null : user;
        password = password == null || password.isEmpty() ? null : password;
    }

    /** The port to connect to. */
    public int effectivePort() {
        return port > 0 ? port : security.port();
    }

    /** The server with a different socket factory for TLS (a private certificate authority, tests). */
    public SmtpServer withTls(SSLSocketFactory factory) {
        return new SmtpServer(host, port, security, user, password, timeout, factory);
    }

    /**
     * Fills what the given values leave open from {@code ROADCASE_SMTP_*} variables: each given value wins.
     *
     * @throws IllegalArgumentException when a port or security (given or from the environment) is not valid
     */
    public static SmtpServer fromEnvironment(Map<String, String> env, String host, Integer port, Security security,
            String user, String password) {
        String h = host != null ? host : env.get(HOST_VARIABLE);
        int p = port != null ? port : parsePort(env.get(PORT_VARIABLE));
        Security s = security;
        if (s == null && env.get(SECURITY_VARIABLE) != null && !env.get(SECURITY_VARIABLE).isBlank()) {
            s = Security.parse(env.get(SECURITY_VARIABLE));
            if (s == null) {
                throw new IllegalArgumentException(SECURITY_VARIABLE + " must be starttls, ssl or none");
            }
        }
        String u = user != null ? user : env.get(USER_VARIABLE);
        String pw = password != null ? password : env.get(PASSWORD_VARIABLE);
        return new SmtpServer(h, p, s, u, pw, DEFAULT_TIMEOUT, null);
    }

    private static int parsePort(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT_VARIABLE + " must be a port number from 1 to 65535");
        }
    }

    /** Host, port, security and user; never the password. */
    @Override
    public String toString() {
        return host + ":" + effectivePort() + " (" + security.name().toLowerCase(Locale.ROOT) + ")"
                + (user == null ? "" : " as " + user);
    }
}
