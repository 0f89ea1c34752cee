package vn.ttdt.portal.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A recipient's mailbox on the test SMTP server, read over IMAP (for in-container tests). */
final class Mailboxes {

    /** A mail as its recipient reads it: subject, the plain text and the HTML part (empty when it has none). */
    record Mail(String subject, String text, String html) {
    }

    private Mailboxes() {
    }

    /** Waits until {@code address} has received at least {@code count} mails, and answers them. */
    static List<Mail> await(String address, int count, Duration timeout) {
        return Await.until(count + " mails to " + address, () -> of(address), found -> found.size() >= count, timeout);
    }

    /** The subjects in {@code address}'s mailbox, in the order received. */
    static List<String> subjects(String address) {
        return of(address).stream().map(Mail::subject).toList();
    }

    /** The mails in {@code address}'s mailbox; none while it has received nothing. */
    static List<Mail> of(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", Integer.toString(TestInfrastructure.IMAP_PORT));
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect(address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(new Mail(message.getSubject(), part(message, "text/plain"), part(message, "text/html")));
            }
            inbox.close(false);
            return mails;
        } catch (MessagingException | IOException e) {
            return List.of();
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String found = part(parts.getBodyPart(i), type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
