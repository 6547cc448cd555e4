package io.roadcase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.cli.Main;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roadcase mail} as a user runs it: the dry run, its files, and the lines it prints. */
class DryRunTest {

    @TempDir
    static Path shared;
    static Path data;

    @TempDir
    Path work;

    @BeforeAll
    static void data() throws IOException {
        data = MailFixture.data(shared.resolve("data"), "mail_from,Product Office <product@acme.example>",
                "mail_reply_to,review@acme.example");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run mail(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("mail", "--report-date", "2026-11-24"), Stream.of(args))
                .toArray(String[]::new);
        int code = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesOneEmlPerRecipientThatAMailClientOpens() throws Exception {
        Path out = work.resolve("site");
        Path mailDir = work.resolve("mail");

        Run run = mail("--data", data.toString(), "--out", out.toString(), "--mail-dir", mailDir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("roadcase: Cleo Park gets no message: no funding cases and no portfolio brief",
                "roadcase: wrote 2 messages to " + mailDir + " (dry run: nothing was sent; --send sends them)");
        assertThat(names(mailDir)).containsExactly("ann-lee.eml", "ben-ode.eml");
        assertThat(mailDir.resolve(Ledger.FILE)).doesNotExist();

        MimeMessage ann = parse(mailDir.resolve("ann-lee.eml"));
        assertThat(ann.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).toUnicodeString())
                .containsExactly("Ann Lee <ann@acme.example>");
        assertThat(ann.getReplyTo()).extracting(Object::toString).containsExactly("review@acme.example");
        assertThat(ann.getHeader("Date")).containsExactly("Tue, 24 Nov 2026 00:00:00 +0000");
        assertThat(ann.getMessageID()).matches("<[0-9a-f]{32}\\.roadcase@acme\\.example>");
        String[] texts = new String[2];
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        SendingTest.walk(ann, texts, attachments);
        assertThat(texts[0]).contains("Hello Ann Lee,", "NPV: EUR ", "IRR: ", "Payback: ", "Decision by: ");
        assertThat(texts[0]).doesNotContain("https://");
        assertThat(texts[1]).contains("<p>Hello Ann Lee,</p>", "<th scope=\"col\">NPV</th>");
        assertThat(attachments.get("portfolio.pdf")).isEqualTo(Files.readAllBytes(out.resolve("pdf/portfolio.pdf")));
        assertThat(attachments.get("checkout-case.pdf"))
                .isEqualTo(Files.readAllBytes(out.resolve("pdf/checkout-case.pdf")));
    }

    @Test
    void listsWhatChangedSinceTheLastPublish() throws Exception {
        Path own = MailFixture.data(work.resolve("data"), "mail_from,Product Office <product@acme.example>");
        Path out = work.resolve("site");
        // Last month's publish is the baseline of this one.
        assertThat(Main.run(new String[] {"generate", "--data", own.toString(), "--out", out.toString(),
            "--report-date", "2026-10-24"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
                .isZero();
        Path roadmap = own.resolve("roadmap.csv");
        Files.writeString(roadmap, Files.readString(roadmap).replace("2027-03-31", "2027-05-31"));

        Run run = mail("--data", own.toString(), "--out", out.toString(), "--mail-dir", work.resolve("mail").toString());

        assertThat(run.code()).as(run.err()).isZero();
        String[] texts = new String[2];
        SendingTest.walk(parse(work.resolve("mail/ann-lee.eml")), texts, new LinkedHashMap<>());
        assertThat(texts[0]).contains("What changed since the baseline", "Initiative New checkout: End slipped: ",
                "(+61 days)");
        assertThat(texts[1]).contains("<li>Initiative New checkout: End slipped: ");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Path out = work.resolve("site");
        assertThat(mail("--data", data.toString(), "--out", out.toString(), "--mail-dir", work.resolve("a").toString())
                .code()).isZero();
        // A fresh output folder: regenerated, not up to date.
        assertThat(mail("--data", data.toString(), "--out", work.resolve("site2").toString(), "--mail-dir",
                work.resolve("b").toString()).code()).isZero();
        for (String file : List.of("ann-lee.eml", "ben-ode.eml")) {
            assertThat(Files.readAllBytes(work.resolve("b").resolve(file)))
                    .isEqualTo(Files.readAllBytes(work.resolve("a").resolve(file)));
        }
    }

    @Test
    void refusesAMailFolderInsideThePublishedOutput() {
        Path out = work.resolve("site");
        Run run = mail("--data", data.toString(), "--out", out.toString(), "--mail-dir", out.resolve("mail").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is inside the output folder", "which is published");
        assertThat(out).doesNotExist();
    }

    @Test
    void sendingNeedsAServer() {
        Run run = mail("--data", data.toString(), "--out", work.resolve("site").toString(), "--send");
        // ROADCASE_SMTP_HOST may be set on a developer's machine: only then is this not a usage error.
        if (System.getenv(SmtpServer.HOST_VARIABLE) == null) {
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("--send needs an SMTP server");
        }
    }

    @Test
    void aServerThatIsDownEndsWithExit3OneLineAndAnEmptyLedger() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path mailDir = work.resolve("mail");
        Run run = mail("--data", data.toString(), "--out", work.resolve("site").toString(), "--mail-dir",
                mailDir.toString(), "--send", "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(closed),
                "--smtp-security", "none", "--smtp-attempts", "1");

        assertThat(run.code()).isEqualTo(3);
        List<String> lines = run.err().lines().filter(l -> l.startsWith("roadcase:")).toList();
        assertThat(lines).singleElement().asString()
                .startsWith("roadcase: nothing more was sent: cannot connect to the SMTP server 127.0.0.1:" + closed);
        assertThat(run.out()).contains("roadcase: sent 0 messages");
        assertThat(Ledger.in(mailDir).entries()).isEmpty();
    }

    @Test
    void briefsOverTheSizeLimitGoAsLinksWhenTheSiteHasAnAddress() throws Exception {
        Path small = MailFixture.data(work.resolve("data"), "mail_from,product@acme.example", "mail_max_size,12 KB",
                "site_url,https://reports.acme.example/");
        Path mailDir = work.resolve("mail");
        Run run = mail("--data", small.toString(), "--out", work.resolve("site").toString(), "--mail-dir",
                mailDir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        MimeMessage ben = parse(mailDir.resolve("ben-ode.eml"));
        assertThat(Files.size(mailDir.resolve("ben-ode.eml"))).isLessThanOrEqualTo(12 * 1024);
        String[] texts = new String[2];
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        SendingTest.walk(ben, texts, attachments);
        assertThat(attachments).isEmpty();
        assertThat(texts[0]).contains("Brief (too large to attach): https://reports.acme.example/pdf/checkout-case.pdf");
        assertThat(texts[1]).contains("<a href=\"https://reports.acme.example/pdf/checkout-case.pdf\">");
    }

    @Test
    void briefsOverTheSizeLimitFailThatRecipientWithoutASiteAddress() throws Exception {
        Path small = MailFixture.data(work.resolve("data"), "mail_from,product@acme.example", "mail_max_size,12 KB");
        Path mailDir = work.resolve("mail");
        Run run = mail("--data", small.toString(), "--out", work.resolve("site").toString(), "--mail-dir",
                mailDir.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err().lines().filter(l -> l.startsWith("roadcase:")))
                .containsExactly(
                        "roadcase: Ann Lee: the message would be " + sizeOf(run.err(), "Ann Lee")
                                + " with its briefs, over mail_max_size (12 KB); set site_url so that large briefs"
                                + " go as links, or raise mail_max_size",
                        "roadcase: Ben Ode: the message would be " + sizeOf(run.err(), "Ben Ode")
                                + " with its briefs, over mail_max_size (12 KB); set site_url so that large briefs"
                                + " go as links, or raise mail_max_size");
        assertThat(names(mailDir)).isEmpty();
    }

    private static String sizeOf(String err, String name) {
        String line = err.lines().filter(l -> l.startsWith("roadcase: " + name)).findFirst().orElseThrow();
        int at = line.indexOf("would be ") + 9;
        return line.substring(at, line.indexOf(" with", at));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        }
    }

    static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
