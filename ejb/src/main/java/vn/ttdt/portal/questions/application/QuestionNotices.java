package vn.ttdt.portal.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.questions.domain.Chase;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.MailFile;
import vn.ttdt.portal.shared.domain.MailLayout;
import vn.ttdt.portal.shared.domain.Mailer;

/**
 * Mails the asker about their own question only (its tracking code, title and progress), never about anyone else's;
 * mails the answering unit's people the reminders about a question (its code, title and deadline, never the asker).
 * In Vietnamese, in HTML with the same words as plain text. An answer sent privately carries the files attached to it.
 */
@ApplicationScoped
public class QuestionNotices {

    @Inject
    private Mailer mail;

    @Inject
    private AttachmentStore attachments;

    public void received(Question question) {
        send(question, "mail.questionReceived", List.of());
    }

    public void answerReady(Question question) {
        if (question.isPublished()) {
            send(question, "mail.questionPublished", List.of());
        } else {
            send(question, "mail.questionAnswered", question.answerFiles().stream().flatMap(file -> attachments.handOut(file).stream())
                    .map(file -> new MailFile(file.name(), file.contentType(), file.path())).toList());
        }
    }

    public void declined(Question question) {
        send(question, "mail.questionDeclined", List.of());
    }

    public void reminder(Question question, Chase chase, String to) {
        String key = "mail.questionReminder." + chase.kind().name();
        Object[] arguments = {question.getTrackingCode(), question.getUnit().getName(), question.getTitle(),
                BusinessCalendar.dayLabel(BusinessCalendar.dayOf(question.getForwardedAt())),
                BusinessCalendar.dayLabel(question.getDeadline()), chase.workingDays()};
        mailed(to, DomainTexts.text(key + ".subject", arguments), DomainTexts.text(key + ".body", arguments));
    }

    private void send(Question question, String key, List<MailFile> files) {
        String to = question.getAsker().getEmail();
        if (to == null) {
            return;
        }
        String subject = DomainTexts.text(key + ".subject", question.getTrackingCode());
        String body = DomainTexts.text(key + ".body", question.getAsker().getName(), question.getTrackingCode(),
                question.getTitle(), BusinessCalendar.dayLabel(BusinessCalendar.dayOf(question.getReceivedAt())),
                question.getAnswer() == null ? "" : question.getAnswer(),
                question.getDeclineReason() == null ? "" : question.getDeclineReason());
        if (files.isEmpty()) {
            mailed(to, subject, body);
        } else {
            mail.send(to, subject, body, MailLayout.html(subject, body), files);
        }
    }

    private void mailed(String to, String subject, String body) {
        mail.send(to, subject, body, MailLayout.html(subject, body));
    }
}
