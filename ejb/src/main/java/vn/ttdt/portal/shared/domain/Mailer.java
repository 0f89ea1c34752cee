package vn.ttdt.portal.shared.domain;

/** Sends plain-text mail in the background: a mail that cannot be sent never fails the work that asked for it. */
public interface Mailer {

    void send(String to, String subject, String body);
}
