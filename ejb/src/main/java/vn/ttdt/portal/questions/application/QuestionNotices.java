package vn.ttdt.portal.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ttdt.portal.questions.domain.Chase;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.MailLayout;
import vn.ttdt.portal.shared.domain.Mailer;

/**
 * Mails the asker about their own question only (its tracking code, title and progress), never about anyone else's;
 * mails the answering unit's people the reminders about a question (its code, title and deadline, never the asker).
 * In Vietnamese, in HTML with the same words as plain text.
 */
@ApplicationScoped
public class QuestionNotices {

    @Inject
    private Mailer mail;

    public void received(Question question) {
        send(question, "mail.questionReceived");
    }

    public void answerReady(Question question) {
        send(question, question.isPublished() ? "mail.questionPublished" : "mail.questionAnswered");
    }

    public void declined(Question question) {
        send(question, "mail.questionDeclined");
    }

    public void reminder(Question question, Chase chase, String to) {
        String key = "mail.questionReminder." + chase.kind().name();
        Object[] arguments = {question.getTrackingCode(), question.getUnit().getName(), question.getTitle(),
                BusinessCalendar.dayLabel(BusinessCalendar.dayOf(question.getForwardedAt())),
                BusinessCalendar.dayLabel(question.getDeadline()), chase.workingDays()};
        mailed(to, DomainTexts.text(key + ".subject", arguments), DomainTexts.text(key + ".body", arguments));
    }

    private void send(Question question, String key) {
        String to = question.getAsker().getEmail();
        if (to == null) {
            return;
        }
        String subject = DomainTexts.text(key + ".subject", question.getTrackingCode());
        String body = DomainTexts.text(key + ".body", question.getAsker().getName(), question.getTrackingCode(),
                question.getTitle(), BusinessCalendar.dayLabel(BusinessCalendar.dayOf(question.getReceivedAt())),
                question.getAnswer() == null ? "" : question.getAnswer(),
                question.getDeclineReason() == null ? "" : question.getDeclineReason());
        mailed(to, subject, body);
    }

    private void mailed(String to, String subject, String body) {
        mail.send(to, subject, body, MailLayout.html(subject, body));
    }
}
