package vn.ttdt.portal.questions.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.questions.domain.QuestionRepository;
import vn.ttdt.portal.questions.domain.TrackingCodes;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** What anyone may read about questions: published ones, and the state of the one whose code they hold. */
@Stateless
@PermitAll
public class PublicQuestions {

    @Inject
    private QuestionRepository questions;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AttachmentStore attachments;

    /** Published questions, newest first, of one field ({@code null}: all). */
    public Page<PublishedQuestion> published(QuestionField field, PageRequest page) {
        return questions.published(sites.forReading(), field, page).map(PublicQuestions::published);
    }

    /** A published question by its code; empty for an unknown, malformed or unpublished one alike. */
    public Optional<PublishedQuestion> publishedByCode(String code) {
        return byCode(code).filter(Question::isPublished).map(PublicQuestions::published);
    }

    /** A file of a published answer; empty for an unknown code or key, or an answer not published, alike. */
    public Optional<AttachedFile> publishedFile(String code, String key) {
        return byCode(code).filter(Question::isPublished).flatMap(q -> q.answerFile(key)).flatMap(attachments::handOut);
    }

    public Optional<TrackedQuestion> track(String code) {
        return byCode(code).map(q -> new TrackedQuestion(q.getTrackingCode(), q.getTitle(), fieldLabel(q.getField()),
                BusinessCalendar.dayOf(q.getReceivedAt()), q.getState().name(),
                DomainTexts.text("question.state." + q.getState().name()), q.isPublished() ? published(q) : null));
    }

    private Optional<Question> byCode(String code) {
        return TrackingCodes.isWellFormed(code) ? questions.byCode(sites.forReading(), TrackingCodes.normalise(code)) : Optional.empty();
    }

    private static PublishedQuestion published(Question q) {
        return new PublishedQuestion(q.getTrackingCode(), q.getField().name(), fieldLabel(q.getField()), q.getTitle(), q.getText(),
                q.publicAskerName(), q.getAnswer(), q.getUnit() == null ? null : q.getUnit().getName(),
                BusinessCalendar.dayOf(q.getReceivedAt()), q.getClosedAt() == null ? null : BusinessCalendar.dayOf(q.getClosedAt()),
                q.answerFiles().stream().map(file -> new PublishedFile(file.getName(), file.getBytes(),
                        PublishedFile.address(q.getTrackingCode(), file.getKey()))).toList());
    }

    public static String fieldLabel(QuestionField field) {
        return DomainTexts.text("question.field." + field.name());
    }
}
