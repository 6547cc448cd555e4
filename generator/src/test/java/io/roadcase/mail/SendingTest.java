package io.roadcase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.roadcase.Config;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sending to GreenMail, a real SMTP and IMAP server in this JVM; messages are read back over IMAP.
 * {@link SmtpFront} adds STARTTLS, 550 replies and dropped connections in front of it.
 */
class SendingTest {

    private static final MailOptions.Retry QUICK = new MailOptions.Retry(3, Duration.ofMillis(20));

    @TempDir
    static Path shared;
    static Path data;
    static Path out;

    @TempDir
    Path mailDir;

    private GreenMail greenMail;

    @BeforeAll
    static void generate() throws IOException {
        data = MailFixture.data(shared.resolve("data"), "mail_from,Product Office <product@acme.example>",
                "site_url,https://reports.acme.example/roadmap");
        out = shared.resolve("out");
        assertThat(new io.roadcase.Generator(MailFixture.config(data, out)).generate().failed()).isFalse();
    }

    @AfterEach
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private GreenMail start(GreenMailConfiguration configuration, ServerSetup... setups) {
        greenMail = new GreenMail(setups).withConfiguration(configuration);
        greenMail.start();
        return greenMail;
    }

    private static ServerSetup setup(String protocol) {
        ServerSetup s = new ServerSetup(0, "127.0.0.1", protocol);
        return s.dynamicPort();
    }

    private GreenMail plain() {
        return start(GreenMailConfiguration.aConfig().withDisabledAuthentication(), setup("smtp"), setup("imap"));
    }

    private MailResult send(SmtpServer smtp, String redirect, boolean resend) throws IOException {
        Config config = MailFixture.config(data, out);
        return new Mailer(config, new MailOptions(mailDir, true, redirect, resend, smtp, QUICK)).run();
    }

    private static SmtpServer server(int port, SmtpServer.Security security) {
        return new SmtpServer("127.0.0.1", port, security, null, null, Duration.ofSeconds(10), null);
    }

    @Test
    void eachStakeholderGetsTheirBriefsReadBackOverImap() throws Exception {
        GreenMail mail = plain();
        mail.setUser("ann@acme.example", "ann", "secret-a");
        mail.setUser("ben@acme.example", "ben", "secret-b");

        MailResult result = send(server(mail.getSmtp().getPort(), SmtpServer.Security.NONE), null, false);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fatal()).isNull();
        assertThat(result.sent()).isEqualTo(2);
        assertThat(result.notes()).containsExactly("Cleo Park gets no message: no funding cases and no portfolio brief");

        List<Received> ann = inbox(mail.getImap().getPort(), "ann", "secret-a");
        assertThat(ann).hasSize(1);
        Received a = ann.get(0);
        assertThat(a.to).isEqualTo("Ann Lee <ann@acme.example>");
        assertThat(a.from).isEqualTo("Product Office <product@acme.example>");
        assertThat(a.subject).isEqualTo("Acme roadmap: your briefs as of Nov 24, 2026");
        assertThat(a.text).contains("Hello Ann Lee,", "Checkout rebuild (checkout-case)", "Ask: EUR 160,000",
                "Status: Proposed", "https://reports.acme.example/roadmap/funding/checkout-case.html",
                "The portfolio brief is attached.");
        assertThat(a.html).contains("<p>Hello Ann Lee,</p>",
                "<a href=\"https://reports.acme.example/roadmap/funding/checkout-case.html\">Checkout rebuild</a>");
        assertThat(a.attachments).containsOnlyKeys("checkout-case.pdf", "portfolio.pdf");
        assertThat(a.attachments.get("checkout-case.pdf")).isEqualTo(Files.readAllBytes(out.resolve("pdf/checkout-case.pdf")));
        assertThat(a.attachments.get("portfolio.pdf")).isEqualTo(Files.readAllBytes(out.resolve("pdf/portfolio.pdf")));

        List<Received> ben = inbox(mail.getImap().getPort(), "ben", "secret-b");
        assertThat(ben).singleElement().satisfies(b -> {
            assertThat(b.to).isEqualTo("Ben Ode <ben@acme.example>");
            assertThat(b.attachments).containsOnlyKeys("checkout-case.pdf");
            assertThat(b.text).doesNotContain("portfolio brief");
        });
        assertThat(mail.getReceivedMessages()).hasSize(2);

        Ledger ledger = Ledger.in(mailDir);
        assertThat(ledger.entries()).extracting(Ledger.Entry::recipient)
                .containsExactly("ann@acme.example", "ben@acme.example");
        assertThat(ledger.entries().get(0).messageId()).isEqualTo(a.messageId);
    }

    @Test
    void anIdenticalRerunSendsNothingUnlessResendIsGiven() throws Exception {
        GreenMail mail = plain();
        SmtpServer smtp = server(mail.getSmtp().getPort(), SmtpServer.Security.NONE);
        assertThat(send(smtp, null, false).sent()).isEqualTo(2);

        MailResult again = send(smtp, null, false);
        assertThat(again.sent()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.notes()).anyMatch(n -> n.startsWith("Ann Lee: already sent with identical content"));
        assertThat(mail.getReceivedMessages()).hasSize(2);

        assertThat(send(smtp, null, true).sent()).isEqualTo(2);
        assertThat(mail.getReceivedMessages()).hasSize(4);
        // The same content gives the same Message-ID: a re-sent message is recognisably the same.
        List<String> ids = new ArrayList<>();
        for (Message m : mail.getReceivedMessages()) {
            ids.add(m.getHeader("Message-ID")[0]);
        }
        assertThat(ids.stream().distinct()).hasSize(2);
        assertThat(ids).allMatch(id -> java.util.Collections.frequency(ids, id) == 2);
    }

    @Test
    void redirectSendsEverythingToOneAddressNamingTheRealRecipient() throws Exception {
        GreenMail mail = plain();
        MailResult result = send(server(mail.getSmtp().getPort(), SmtpServer.Security.NONE), "trial@acme.example",
                false);

        assertThat(result.sent()).isEqualTo(2);
        assertThat(mail.getReceivedMessages()).allSatisfy(m ->
                assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("trial@acme.example"));
        assertThat(mail.getReceivedMessages()).extracting(Message::getSubject).containsExactlyInAnyOrder(
                "[for Ann Lee <ann@acme.example>] Acme roadmap: your briefs as of Nov 24, 2026",
                "[for Ben Ode <ben@acme.example>] Acme roadmap: your briefs as of Nov 24, 2026");
        assertThat(mail.getReceivedMessagesForDomain("ann@acme.example")).isEmpty();
    }

    @Test
    void aWrongPasswordStopsTheRunWithOneLineAndRecordsNothing() throws Exception {
        GreenMail mail = start(GreenMailConfiguration.aConfig().withUser("mailer", "right-password"), setup("smtp"));
        SmtpServer smtp = new SmtpServer("127.0.0.1", mail.getSmtp().getPort(), SmtpServer.Security.NONE, "mailer",
                "wrong-password", Duration.ofSeconds(10), null);

        MailResult result = send(smtp, null, false);

        assertThat(result.fatal()).startsWith("the server refused the login of user mailer")
                .doesNotContain("wrong-password");
        assertThat(result.sent()).isZero();
        assertThat(result.delivered()).isFalse();
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(Ledger.in(mailDir).entries()).isEmpty();
        assertThat(smtp.toString()).doesNotContain("wrong-password");
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        GreenMail mail = start(GreenMailConfiguration.aConfig().withUser("mailer", "right-password"), setup("smtp"));
        SmtpServer smtp = new SmtpServer("127.0.0.1", mail.getSmtp().getPort(), SmtpServer.Security.NONE, "mailer",
                "right-password", Duration.ofSeconds(10), null);
        assertThat(send(smtp, null, false).sent()).isEqualTo(2);
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    /** A GreenMail SMTPS server that presents the test certificate. */
    private GreenMail smtpsServer() {
        System.setProperty("greenmail.tls.keystore.file", MailFixture.CERTIFICATE.toAbsolutePath().toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
        return start(GreenMailConfiguration.aConfig().withDisabledAuthentication(), setup("smtps"));
    }

    @Test
    void smtpsWithTheTestCertificate() throws Exception {
        GreenMail mail = smtpsServer();
        SmtpServer smtp = server(mail.getSmtps().getPort(), SmtpServer.Security.SSL)
                .withTls(MailFixture.clientTls().getSocketFactory());

        MailResult result = send(smtp, null, false);

        assertThat(result.fatal()).isNull();
        assertThat(result.sent()).isEqualTo(2);
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void smtpsRefusesACertificateItDoesNotTrust() throws Exception {
        GreenMail mail = smtpsServer();

        MailResult result = send(server(mail.getSmtps().getPort(), SmtpServer.Security.SSL), null, false);

        assertThat(result.fatal()).isNotNull();
        assertThat(result.sent()).isZero();
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttlsWithTheTestCertificate() throws Exception {
        GreenMail mail = plain();
        try (SmtpFront front = new SmtpFront(mail.getSmtp().getPort(), MailFixture.serverTls(), Set.of(), 0)) {
            SmtpServer smtp = server(front.port(), SmtpServer.Security.STARTTLS)
                    .withTls(MailFixture.clientTls().getSocketFactory());
            MailResult result = send(smtp, null, false);
            assertThat(result.fatal()).isNull();
            assertThat(result.sent()).isEqualTo(2);
        }
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void starttlsIsRequiredWhenChosen() throws Exception {
        GreenMail mail = plain();
        MailResult result = send(server(mail.getSmtp().getPort(), SmtpServer.Security.STARTTLS), null, false);
        assertThat(result.fatal()).contains("STARTTLS");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRecipientRejectedWith550DoesNotStopTheOthers() throws Exception {
        GreenMail mail = plain();
        try (SmtpFront front = new SmtpFront(mail.getSmtp().getPort(), null, Set.of("ann@acme.example"), 0)) {
            MailResult result = send(server(front.port(), SmtpServer.Security.NONE), null, false);

            assertThat(result.sent()).isEqualTo(1);
            assertThat(result.failures()).singleElement().asString()
                    .startsWith("Ann Lee: not delivered: ").contains("550")
                    .doesNotContain("ann@acme.example");
            assertThat(result.delivered()).isFalse();
        }
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).contains("ben@acme.example");
        assertThat(Ledger.in(mailDir).entries()).extracting(Ledger.Entry::recipient).containsExactly("ben@acme.example");
    }

    @Test
    void aConnectionDroppedMidMessageIsRetried() throws Exception {
        GreenMail mail = plain();
        try (SmtpFront front = new SmtpFront(mail.getSmtp().getPort(), null, Set.of(), 1)) {
            MailResult result = send(server(front.port(), SmtpServer.Security.NONE), null, false);

            assertThat(front.dropped.get()).isEqualTo(1);
            assertThat(result.failures()).isEmpty();
            assertThat(result.sent()).isEqualTo(2);
        }
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aTemporaryRejectionIsRetriedAndAPermanentOneIsNot() throws Exception {
        GreenMail mail = plain();
        try (SmtpFront front = new SmtpFront(mail.getSmtp().getPort(), null, Set.of("ben@acme.example"), 0)) {
            front.busy.set(2);
            MailResult result = send(server(front.port(), SmtpServer.Security.NONE), null, false);

            assertThat(front.busy.get()).isZero();
            assertThat(result.sent()).isEqualTo(1);
            // Ann got 451 twice, then arrived; Ben's 550 was not retried (one line, no "tried").
            assertThat(result.failures()).singleElement().asString().startsWith("Ben Ode: not delivered: ")
                    .contains("550").doesNotContain("tried");
        }
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aConnectionDroppedEveryTimeFailsThatRecipientAfterTheRetries() throws Exception {
        GreenMail mail = plain();
        try (SmtpFront front = new SmtpFront(mail.getSmtp().getPort(), null, Set.of(), 3)) {
            MailResult result = send(server(front.port(), SmtpServer.Security.NONE), null, false);

            assertThat(front.dropped.get()).isEqualTo(3);
            assertThat(result.failures()).singleElement().asString().startsWith("Ann Lee: not delivered: ")
                    .endsWith("(tried 3 times)");
            assertThat(result.sent()).isEqualTo(1);
        }
        assertThat(Ledger.in(mailDir).entries()).extracting(Ledger.Entry::recipient).containsExactly("ben@acme.example");
    }

    /** One message as a mail client sees it. */
    private record Received(String to, String from, String subject, String messageId, String text, String html,
            java.util.Map<String, byte[]> attachments) {
    }

    private static List<Received> inbox(int imapPort, String user, String password) throws Exception {
        Properties p = new Properties();
        p.put("mail.imap.host", "127.0.0.1");
        p.put("mail.imap.port", Integer.toString(imapPort));
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", imapPort, user, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Received> received = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                Received r = new Received(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).toUnicodeString(),
                        ((InternetAddress) m.getFrom()[0]).toUnicodeString(), m.getSubject(),
                        m.getHeader("Message-ID")[0], null, null, new java.util.LinkedHashMap<>());
                String[] texts = new String[2];
                walk(m, texts, r.attachments);
                received.add(new Received(r.to, r.from, r.subject, r.messageId, texts[0], texts[1], r.attachments));
            }
            inbox.close(false);
            return received;
        } finally {
            store.close();
        }
    }

    static void walk(Part part, String[] texts, java.util.Map<String, byte[]> attachments) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                walk(child, texts, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                attachments.put(part.getFileName(), bytes.toByteArray());
            }
        } else if (part.isMimeType("text/plain")) {
            texts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            texts[1] = (String) part.getContent();
        }
    }
}
