package vn.ttdt.portal.questions.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.questions.domain.Asker;
import vn.ttdt.portal.questions.domain.Publication;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.questions.domain.QuestionRepository;
import vn.ttdt.portal.questions.domain.TrackingCodes;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * Takes a citizen's question from the public form: checked in full (fields, a way to reach the asker,
 * the flood limit, the file if one is sent) before anything is stored, kept under a fresh tracking code, the code
 * mailed to the asker.
 */
@Stateless
@PermitAll
public class QuestionIntake {

    static final String CITIZEN = "người dân";

    @Inject
    private QuestionRepository questions;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AskingLimits limits;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private QuestionNotices notices;

    @Inject
    private AuditLog audit;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    private final TrackingCodes codes = new TrackingCodes();

    /** The tracking code of the question taken; {@link QuestionRejected} with the reasons when it is not. */
    public String ask(QuestionRequest request, String remoteAddress) {
        return ask(request, null, remoteAddress);
    }

    /** As {@link #ask(QuestionRequest, String)}, with the asker's file when {@code file} holds one. */
    public String ask(QuestionRequest request, QuestionFile file, String remoteAddress) {
        Instant now = clock.instant();
        Asker asker = new Asker(request.name(), request.email(), request.phone(), request.address());
        Optional<QuestionField> field = named(QuestionField.class, request.field());
        Optional<Publication> publication = named(Publication.class, request.publication());
        List<String> reasons = new ArrayList<>();
        field.ifPresentOrElse(f -> { }, () -> reasons.add(DomainTexts.text("question.field.required")));
        publication.ifPresentOrElse(p -> { }, () -> reasons.add(DomainTexts.text("question.publication.required")));
        if (!asker.isReachable()) {
            reasons.add(DomainTexts.text("question.contact.required"));
        }
        Question question = new Question(sites.current(), freshCode(now), asker, field.orElse(QuestionField.OTHER),
                request.title(), request.text(), publication.orElse(Publication.PRIVATE), now);
        validator.validate(question).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessage).forEach(reasons::add);
        boolean withFile = file != null && file.isGiven();
        if (withFile) {
            attachments.refusal(file).ifPresent(reasons::add);
        }
        if (!reasons.isEmpty()) {
            throw new QuestionRejected(reasons, false);
        }
        if (!limits.admit(remoteAddress, asker, now)) {
            throw new QuestionRejected(List.of(DomainTexts.text("question.tooMany")), true);
        }
        if (withFile) {
            question.attach(attachments.keep(file));
        }
        questions.add(question);
        audit.record(CITIZEN, AuditAction.QUESTION_RECEIVED, "question", question.getTrackingCode(), null, remoteAddress);
        notices.received(question);
        return question.getTrackingCode();
    }

    private String freshCode(Instant now) {
        int year = BusinessCalendar.dayOf(now).getYear();
        String code = codes.next(year);
        while (questions.codeTaken(code)) {
            code = codes.next(year);
        }
        return code;
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }
}
