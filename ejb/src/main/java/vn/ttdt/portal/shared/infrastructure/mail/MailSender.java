package vn.ttdt.portal.shared.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.shared.domain.Mailer;

/**
 * Sends plain-text UTF-8 mail through the server's mail session (java:jboss/mail/portal), in the
 * background: a mail server that is down is logged and never fails the work that asked for the mail.
 */
@Stateless
@PermitAll
public class MailSender implements Mailer {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/portal")
    private Session session;

    @Asynchronous
    @Override
    public void send(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
            LOG.info(() -> "mail sent to " + to + ": " + subject);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "mail to " + to + " could not be sent: " + e.getMessage(), e);
        }
    }
}
