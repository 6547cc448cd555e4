package io.roadcase.mail;

import io.roadcase.model.Report;
import io.roadcase.site.PageTemplates;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one delivery into a MIME message whose bytes depend only on the input: the {@code Date} is
 * the report date, the MIME boundaries come from the content, and the {@code Message-ID} is a hash of
 * the recipient and the content, so a re-sent identical message is recognisably the same.
 */
final class Composer {

    private static final DateTimeFormatter MAIL_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private final Report report;
    private final PageTemplates templates;
    private final Session session = Session.getInstance(new Properties());

    Composer(Report report, PageTemplates templates) {
        this.report = report;
        this.templates = templates;
    }

    /**
     * A composed message.
     *
     * @param message     ready to send
     * @param bytes       what {@code message.writeTo} writes: the {@code .eml} file
     * @param contentHash SHA-256 of the message without its Message-ID: equal for equal content
     * @param messageId   the Message-ID, angle brackets included
     * @param to          the envelope recipient (the redirect address on a trial run)
     */
    record Composed(MimeMessage message, byte[] bytes, String contentHash, String messageId, InternetAddress to) {
    }

    /**
     * Composes the message with these briefs attached.
     *
     * @param to      where it goes: the stakeholder, or the redirect address
     * @param realTo  the stakeholder's own address, named in the subject when redirected, or null
     */
    Composed compose(Delivery delivery, List<Brief> attached, InternetAddress to, InternetAddress realTo,
            List<String> changes) throws IOException, MessagingException {
        Set<String> files = attached.stream().map(Brief::file).collect(Collectors.toSet());
        Map<String, Object> model = MessageModel.of(report, delivery, files, changes);
        String subject = oneLine(templates.render("mail/subject.ftl", model));
        if (realTo != null) {
            subject = "[for " + realTo.toUnicodeString() + "] " + subject;
        }
        String text = templates.render("mail/message.txt.ftl", model);
        String html = templates.render("mail/message.ftlh", model);

        String seed = hash(text + '\u0000' + html).substring(0, 24);
        FixedMessage message = new FixedMessage(session);
        var mail = report.settings().mail();
        if (mail.from() != null) {
            message.setFrom(new InternetAddress(mail.from(), true));
        }
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo(), true)});
        }
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setHeader("Date", MAIL_DATE.format(report.reportDate().atStartOfDay(ZoneOffset.UTC)));

        MimeMultipart alternative = new FixedMultipart("alternative", "=_rc_alt_" + seed);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        alternative.addBodyPart(plain);
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        alternative.addBodyPart(rich);
        if (attached.isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new FixedMultipart("mixed", "=_rc_mix_" + seed);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Brief brief : attached) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(brief.bytes(), "application/pdf")));
                part.setFileName(brief.fileName());
                part.setDisposition(Part.ATTACHMENT);
                part.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        String contentHash = hash(bytes(message));
        String address = delivery.person().email() == null ? "" : delivery.person().email().toLowerCase(Locale.ROOT);
        String messageId = "<" + hash(address + "\n" + to.getAddress().toLowerCase(Locale.ROOT) + "\n" + contentHash)
                .substring(0, 32) + ".roadcase@" + domain(mail.from()) + ">";
        message.fixId(messageId);
        return new Composed(message, bytes(message), contentHash, messageId, to);
    }

    /** The sender's domain names the Message-ID, as RFC 5322 suggests; {@code roadcase.invalid} without one. */
    private static String domain(String from) {
        if (from == null) {
            return "roadcase.invalid";
        }
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return "roadcase.invalid";
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    static byte[] bytes(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address with its display name, for the {@code To} header. */
    static InternetAddress address(String email, String name) throws AddressException {
        try {
            InternetAddress address = new InternetAddress(email, name, "UTF-8");
            address.validate();
            return address;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message whose Message-ID is ours, not a random one from the library. */
    private static final class FixedMessage extends MimeMessage {
        private String id;

        FixedMessage(Session session) {
            super(session);
        }

        void fixId(String messageId) throws MessagingException {
            this.id = messageId;
            setHeader("Message-ID", messageId);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (id == null) {
                removeHeader("Message-ID");
            } else {
                setHeader("Message-ID", id);
            }
        }
    }

    /** A multipart with a boundary we choose, not a random one. */
    private static final class FixedMultipart extends MimeMultipart {
        FixedMultipart(String subtype, String boundary) {
            super(subtype);
            ParameterList params = new ParameterList();
            params.set("boundary", boundary);
            contentType = new ContentType("multipart", subtype, params).toString();
        }
    }
}
