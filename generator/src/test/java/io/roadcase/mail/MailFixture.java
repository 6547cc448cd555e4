package io.roadcase.mail;

import io.roadcase.Config;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.KeyManagerFactory;

/** A small data set with three stakeholders, and the test certificate GreenMail's TLS uses. */
final class MailFixture {

    static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 24);
    static final Path CERTIFICATE = Path.of("src/test/resources/mail/test-server.p12");
    static final char[] CERTIFICATE_PASSWORD = "changeit".toCharArray();

    private MailFixture() {
    }

    /**
     * The minimal plugin IT's tables plus settings and stakeholders: Ann gets every case and the
     * portfolio, Ben the checkout case, Cleo nothing.
     *
     * @param settings extra {@code key,value} lines
     */
    static Path data(Path dir, String... settings) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("../maven-plugin/src/it/minimal/src/roadcase"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("stakeholders.csv"), """
                name,email,role,cases,portfolio
                Ann Lee,ann@acme.example,CFO,*,yes
                Ben Ode,ben@acme.example,Sponsor,checkout-case,no
                Cleo Park,cleo@acme.example,Observer,,no
                """, StandardCharsets.UTF_8);
        StringBuilder s = new StringBuilder("key,value\ntitle,Acme roadmap\n");
        for (String line : settings) {
            s.append(line).append('\n');
        }
        Files.writeString(dir.resolve("settings.csv"), s, StandardCharsets.UTF_8);
        return dir;
    }

    static Config config(Path data, Path out) {
        return Config.of(data, out).withReportDate(REPORT_DATE);
    }

    /** TLS that trusts only the test certificate (client side). */
    static SSLContext clientTls() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** TLS that presents the test certificate (server side). */
    static SSLContext serverTls() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), CERTIFICATE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static KeyStore keyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(CERTIFICATE)) {
            store.load(in, CERTIFICATE_PASSWORD);
        }
        return store;
    }
}
