package vn.ttdt.portal.questions.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.questions.domain.AnsweredLikeness;
import vn.ttdt.portal.questions.domain.Attachment;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.questions.domain.QuestionReminders;
import vn.ttdt.portal.questions.domain.QuestionRepository;
import vn.ttdt.portal.questions.domain.QuestionState;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.CalendarDays;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/**
 * The back-office work on citizens' questions. The board (editors and approvers) moderates the inbox:
 * marks spam or forwards to a unit with a deadline of {@code -Dportal.questions.deadline-working-days}
 * (default 10) working days unless it gives another; the reporter of that unit, and only of that unit,
 * answers (with up to {@value Question#ANSWER_FILES_MAX} files, checked by the upload rules), declines or extends the
 * deadline once; an approver approves the answer and publishes it or
 * sends it privately. Another unit's question answers like an unknown one. Every step is audited. In the inbox of new
 * questions each one carries the answered question of its field it most likely repeats, when they share at least
 * {@code -Dportal.questions.duplicate-percent} (default 40) per cent of their folded syllable pairs.
 */
@Stateless
@RolesAllowed({Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class QuestionDesk {

    private static final int DUPLICATE_CANDIDATES = 500;
    private static final Set<QuestionState> IN_PROGRESS = EnumSet.of(QuestionState.FORWARDED, QuestionState.ANSWER_DRAFTED);

    @Inject
    private QuestionRepository questions;

    @Inject
    private QuestionReminders reminders;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private UnitRepository units;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteDirectory sites;

    @Inject
    private CalendarDays calendarDays;

    @Inject
    private QuestionNotices notices;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public static int defaultDeadlineWorkingDays() {
        return Settings.integer("portal.questions.deadline-working-days", 10);
    }

    /** The board's list: questions in {@code state} (received ones by default), oldest first. */
    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public Page<StaffQuestion> inbox(QuestionState state, PageRequest page) {
        QuestionState shown = state == null ? QuestionState.RECEIVED : state;
        Page<Question> rows = questions.inStates(sites.current(), EnumSet.of(shown), null, page);
        if (shown != QuestionState.RECEIVED) {
            return rows.map(QuestionDesk::view);
        }
        AnsweredLikeness likeness = new AnsweredLikeness(Settings.integer("portal.questions.duplicate-percent", 40) / 100.0);
        Map<QuestionField, List<Question>> answered = new EnumMap<>(QuestionField.class);
        return rows.map(q -> view(q, likeness.bestFor(q, answered.computeIfAbsent(q.getField(),
                field -> questions.answered(sites.current(), field, DUPLICATE_CANDIDATES))).orElse(null)));
    }

    /** Forwarded questions unanswered after their deadline, most late first, with the working days late and the last reminder. */
    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public Page<OverdueQuestion> overdue(PageRequest page) {
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        Page<Question> late = questions.overdue(sites.current(), today, page);
        if (late.items().isEmpty()) {
            return new Page<>(List.of(), late.total());
        }
        LocalDate earliest = late.items().get(0).getDeadline();
        WorkingCalendar calendar = new WorkingCalendar(calendarDays.between(earliest, today));
        Map<Long, LocalDate> chased = reminders.lastSent(late.items().stream().map(Question::getId).toList());
        return late.map(q -> new OverdueQuestion(q.getId(), q.getTrackingCode(), q.getTitle(), q.getField().name(),
                q.getUnit().getId(), q.getUnit().getName(), q.getDeadline(), calendar.workingDaysAfter(q.getDeadline(), today),
                chased.get(q.getId())));
    }

    /** The calling reporter's unit's questions still to answer, oldest first. */
    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public Page<StaffQuestion> forMyUnit(PageRequest page) {
        Unit unit = callerUnit();
        return unit == null ? new Page<>(List.of(), 0)
                : questions.inStates(sites.current(), IN_PROGRESS, unit, page).map(QuestionDesk::view);
    }

    public StaffQuestion get(long id) {
        return view(visible(id));
    }

    /** The asker's file of a question the caller may see; unknown when it has none or the file is gone. */
    public AttachedFile attachment(long id) {
        Attachment file = visible(id).attachment().orElseThrow(() -> new NotFoundException("attachment of question", id));
        return attachments.handOut(file).orElseThrow(() -> new NotFoundException("attachment file of question", id));
    }

    /** A file attached to the answer of a question the caller may see; unknown when there is no such file. */
    public AttachedFile answerFile(long id, String key) {
        return visible(id).answerFile(key).flatMap(attachments::handOut)
                .orElseThrow(() -> new NotFoundException("answer file of question", id));
    }

    /** Attaches a file, checked by the upload rules, to the answer the caller's unit drafts. */
    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public StaffQuestion attachToAnswer(long id, QuestionFile file) {
        Question question = visible(id);
        Attachment kept = attachments.keep(file);
        question.attachToAnswer(kept);
        return audited(question, AuditAction.QUESTION_ANSWER_FILE_ATTACHED, kept.getName());
    }

    /** Takes the file {@code key} off the answer the caller's unit drafts; the file goes once that is committed. */
    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public StaffQuestion detachFromAnswer(long id, String key) {
        Question question = visible(id);
        Attachment file = question.detachFromAnswer(key).orElseThrow(() -> new NotFoundException("answer file of question", id));
        attachments.discardOnCommit(file);
        return audited(question, AuditAction.QUESTION_ANSWER_FILE_REMOVED, file.getName());
    }

    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public StaffQuestion markSpam(long id, String reason) {
        Question question = visible(id);
        question.markSpam(reason, clock.instant());
        return audited(question, AuditAction.QUESTION_MARKED_SPAM, reason);
    }

    /** Forwards to {@code unitId} for an answer within {@code workingDays} (the default when null) working days. */
    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public StaffQuestion forward(long id, long unitId, Integer workingDays, String note) {
        Question question = visible(id);
        Site site = sites.current();
        Unit unit = units.byId(site, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        Instant now = clock.instant();
        LocalDate today = BusinessCalendar.dayOf(now);
        int days = workingDays == null ? defaultDeadlineWorkingDays() : workingDays;
        question.forward(unit, calendarFrom(today).deadline(today, days), note, now);
        return audited(question, AuditAction.QUESTION_FORWARDED, unit.getName() + ", hạn " + BusinessCalendar.dayLabel(question.getDeadline()));
    }

    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public StaffQuestion extendDeadline(long id, int workingDays, String reason) {
        Question question = visible(id);
        LocalDate current = question.getDeadline();
        question.extendDeadline(current == null ? null : calendarFrom(current).deadline(current, Math.max(1, workingDays)), reason);
        return audited(question, AuditAction.QUESTION_DEADLINE_EXTENDED, BusinessCalendar.dayLabel(question.getDeadline()) + ": " + reason);
    }

    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public StaffQuestion draftAnswer(long id, String answer) {
        Question question = visible(id);
        question.draftAnswer(answer, login(), clock.instant());
        return audited(question, AuditAction.QUESTION_ANSWER_DRAFTED, null);
    }

    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public StaffQuestion decline(long id, String reason) {
        Question question = visible(id);
        question.decline(reason, login(), clock.instant());
        notices.declined(question);
        return audited(question, AuditAction.QUESTION_DECLINED, reason);
    }

    @RolesAllowed(Role.APPROVER_NAME)
    public StaffQuestion approve(long id, String finalAnswer) {
        Question question = visible(id);
        question.approve(finalAnswer, login());
        return audited(question, AuditAction.QUESTION_APPROVED, null);
    }

    @RolesAllowed(Role.APPROVER_NAME)
    public StaffQuestion publish(long id) {
        Question question = visible(id);
        question.publish(clock.instant());
        published.fire(new PublishedContentChanged("question " + question.getTrackingCode()));
        notices.answerReady(question);
        return audited(question, AuditAction.QUESTION_PUBLISHED, null);
    }

    @RolesAllowed(Role.APPROVER_NAME)
    public StaffQuestion sendPrivately(long id) {
        Question question = visible(id);
        question.sendPrivately(clock.instant());
        notices.answerReady(question);
        return audited(question, AuditAction.QUESTION_SENT_PRIVATELY, null);
    }

    /** The question {@code id} of this site, when the caller may see it: the board all, a reporter only its unit's. */
    private Question visible(long id) {
        Question question = questions.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("question", id));
        if (!DeskCaller.isBoard(caller) && !question.isForwardedTo(callerUnit())) {
            throw new NotFoundException("question forwarded to the caller's unit", id);
        }
        return question;
    }

    private WorkingCalendar calendarFrom(LocalDate day) {
        return new WorkingCalendar(calendarDays.between(day, day.plusYears(1)));
    }

    private Unit callerUnit() {
        return DeskCaller.unitOf(caller, accounts);
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }

    private StaffQuestion audited(Question question, AuditAction action, String details) {
        audit.record(login(), action, "question", question.getTrackingCode(), details, origin.remoteAddress());
        return view(question);
    }

    static StaffQuestion view(Question q) {
        return view(q, null);
    }

    static StaffQuestion view(Question q, AnsweredLikeness.Match duplicate) {
        return new StaffQuestion(q.getId(), q.getTrackingCode(), q.getState().name(), DomainTexts.text("question.state." + q.getState().name()),
                q.getField().name(), q.getTitle(), q.getText(), q.getAsker().getName(), q.getAsker().getEmail(),
                q.getAsker().getPhone(), q.getAsker().getAddress(), q.getPublication().name(), q.getReceivedAt(),
                q.getSpamReason(), q.getUnit() == null ? null : q.getUnit().getId(), q.getUnit() == null ? null : q.getUnit().getName(),
                q.getForwardNote(), q.getDeadline(), q.getExtensionReason(), q.getAnswer(), q.getAnsweredBy(),
                q.getDeclineReason(), q.getApprovedBy(), q.attachment().map(Attachment::getName).orElse(null), q.getVersion(), duplicate == null ? null
                : new StaffQuestion.AlreadyAnswered(duplicate.answered().getId(), duplicate.answered().getTrackingCode(),
                        duplicate.answered().getTitle(), (int) Math.round(100 * duplicate.score())), AnswerFile.of(q.answerFiles()));
    }
}
