package vn.ttdt.portal.shared.domain;

import java.util.List;

/** Sends mail in the background: a mail that cannot be sent never fails the work that asked for it. */
public interface Mailer {

    /** A plain-text mail. */
    void send(String to, String subject, String body);

    /** A mail in HTML with the same words as plain text for the readers that show no HTML. */
    void send(String to, String subject, String text, String html);

    /** As {@link #send(String, String, String, String)}, with files attached. */
    void send(String to, String subject, String text, String html, List<MailFile> files);
}
