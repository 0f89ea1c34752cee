package vn.ttdt.portal.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Mailer;

/** Tells people by e-mail about security events on their account: a temporary lock, a password reset. */
@ApplicationScoped
public class SecurityNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(BusinessCalendar.ZONE);

    @Inject
    private Mailer mail;

    public void accountLocked(Account account) {
        send(account, "mail.locked", TIME.format(account.getLockedUntil()));
    }

    public void passwordReset(Account account) {
        send(account, "mail.passwordReset", TIME.format(account.getPasswordChangedAt()));
    }

    private void send(Account account, String key, String when) {
        ResourceBundle texts = ResourceBundle.getBundle("vn.ttdt.portal.messages", DomainTexts.VIETNAMESE,
                SecurityNotices.class.getClassLoader());
        String subject = texts.getString(key + ".subject");
        String body = DomainTexts.fill(texts.getString(key + ".body"), DomainTexts.VIETNAMESE,
                account.getFullName(), account.getLogin(), when);
        mail.send(account.getEmail(), subject, body);
    }
}
