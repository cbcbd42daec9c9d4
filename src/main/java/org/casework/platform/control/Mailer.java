package org.casework.platform.control;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends plain-text mail over SMTP as configured; with no SMTP host configured, mail is off. */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "casework.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "casework.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "casework.smtp.from", defaultValue = "noreply@casework.invalid")
    String from;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Plain text only: nothing a complainant typed can become markup in somebody's mail program. */
    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = message(to, subject);
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    /** Plain text with one attachment (a letter's PDF), sent as the bytes given. */
    public void send(String to, String subject, String text, String fileName, String mediaType, byte[] attachment)
            throws MessagingException {
        send(to, subject, text, List.of(new Attachment(fileName, mediaType, attachment)));
    }

    /** A file an email carries, as the bytes given. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    /** Plain text with attachments, in the order given. */
    public void send(String to, String subject, String text, List<Attachment> attachments) throws MessagingException {
        MimeMessage message = message(to, subject);
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, StandardCharsets.UTF_8.name());
        MimeMultipart parts = new MimeMultipart(body);
        for (Attachment attachment : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            parts.addBodyPart(file);
        }
        message.setContent(parts);
        Transport.send(message);
    }

    private MimeMessage message(String to, String subject) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject.replaceAll("[\\r\\n]", " "), StandardCharsets.UTF_8.name());
        return message;
    }
}
