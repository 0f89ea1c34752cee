package vn.ttdt.portal.shared.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.shared.domain.MailFile;
import vn.ttdt.portal.shared.domain.Mailer;

/**
 * Sends UTF-8 mail, plain text or HTML with its plain-text alternative (and files, when given), through the server's mail session
 * (java:jboss/mail/portal), in the background: a mail server that is down is logged and never fails the work that
 * asked for the mail.
 */
@Stateless
@PermitAll
public class MailSender implements Mailer {

    private static final String UTF_8 = "UTF-8";
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/portal")
    private Session session;

    @Asynchronous
    @Override
    public void send(String to, String subject, String body) {
        deliver(to, subject, message -> message.setText(body, UTF_8));
    }

    @Asynchronous
    @Override
    public void send(String to, String subject, String text, String html) {
        deliver(to, subject, message -> message.setContent(alternative(text, html)));
    }

    @Asynchronous
    @Override
    public void send(String to, String subject, String text, String html, List<MailFile> files) {
        deliver(to, subject, message -> {
            MimeBodyPart words = new MimeBodyPart();
            words.setContent(alternative(text, html));
            MimeMultipart mixed = new MimeMultipart("mixed", words);
            for (MailFile file : files) {
                MimeBodyPart attached = new MimeBodyPart();
                attached.setDataHandler(new DataHandler(new TypedFile(file)));
                attached.setFileName(file.name());
                attached.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(attached);
            }
            message.setContent(mixed);
        });
    }

    private static MimeMultipart alternative(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, UTF_8);
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, UTF_8, "html");
        return new MimeMultipart("alternative", plain, rich);
    }

    /** A file read from disk with the content type the upload checks told, not one guessed from its name. */
    private static final class TypedFile extends FileDataSource {

        private final String contentType;

        TypedFile(MailFile file) {
            super(file.path().toFile());
            this.contentType = file.contentType();
        }

        @Override
        public String getContentType() {
            return contentType;
        }
    }

    private interface Content {
        void fill(MimeMessage message) throws MessagingException;
    }

    private void deliver(String to, String subject, Content content) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, UTF_8);
            content.fill(message);
            message.setSentDate(new Date());
            Transport.send(message);
            LOG.info(() -> "mail sent to " + to + ": " + subject);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "mail to " + to + " could not be sent: " + e.getMessage(), e);
        }
    }
}
