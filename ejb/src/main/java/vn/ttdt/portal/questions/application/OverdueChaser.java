package vn.ttdt.portal.questions.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.SupervisorAssignmentRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.questions.domain.Chase;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionReminder;
import vn.ttdt.portal.questions.domain.QuestionReminders;
import vn.ttdt.portal.shared.application.ScheduledRuns;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.CalendarDays;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/**
 * Chases the units that have not answered a forwarded question: two working days before its deadline and on every
 * working day after it, a mail to the unit's reporters and the supervisor of its group, until the unit answers or
 * declines. Runs every quarter of an hour in office hours (Vietnamese time), so that a server down in the morning
 * catches up the same day, and a two-days-before reminder missed on its day goes out on the next run up to the
 * deadline ({@link Chase}); the reminders sent are stored, so a question is chased at most once a day and warned of its
 * deadline once, across restarts. Each reminder is audited by "system".
 */
@Singleton
@PermitAll
public class OverdueChaser {

    @Inject
    private QuestionReminders reminders;

    @Inject
    private SupervisorAssignmentRepository assignments;

    @Inject
    private CalendarDays calendarDays;

    @Inject
    private QuestionNotices notices;

    @Inject
    private AuditLog audit;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

    @Schedule(hour = "7-17", minute = "*/15", second = "40", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    public void run() {
        if (!runs.take("question-chasing", ScheduledRuns.MINUTE)) {
            return;
        }
        chase(BusinessCalendar.dayOf(clock.instant()));
    }

    /** Sends the reminders owed on {@code today} and not sent yet; how many questions were chased. */
    public int chase(LocalDate today) {
        List<Question> waiting = reminders.awaitingAnswer();
        if (waiting.isEmpty()) {
            return 0;
        }
        WorkingCalendar calendar = new WorkingCalendar(calendarDays.between(waiting.get(0).getDeadline().minusMonths(1), today.plusMonths(1)));
        int chased = 0;
        for (Question question : waiting) {
            Optional<Chase> owed = Chase.owedOn(calendar, question.getForwardedAt() == null ? null : BusinessCalendar.dayOf(question.getForwardedAt()),
                    question.getDeadline(), today,
                    reminders.sent(question, Chase.Kind.DUE_SOON));
            if (owed.isPresent() && !reminders.sentOn(question, today)) {
                send(question, owed.get(), today);
                chased++;
            }
        }
        return chased;
    }

    /** The active reporters of {@code unit} and the active supervisors of its group on {@code day}: whom a reminder goes to. */
    private List<Account> chasedFor(Unit unit, LocalDate day) {
        List<Account> people = new ArrayList<>(reminders.reportersOf(unit));
        if (unit.getGroup() != null) {
            assignments.of(unit.getGroup(), day).stream().map(SupervisorAssignment::getSupervisor)
                    .filter(supervisor -> supervisor.isActive() && people.stream().noneMatch(a -> a.getId().equals(supervisor.getId())))
                    .forEach(people::add);
        }
        return people;
    }

    private void send(Question question, Chase chase, LocalDate today) {
        List<String> to = chasedFor(question.getUnit(), today).stream().map(Account::getEmail).filter(Objects::nonNull).distinct().toList();
        Instant now = clock.instant();
        reminders.add(new QuestionReminder(question, today, chase, to.size(), now));
        to.forEach(address -> notices.reminder(question, chase, address));
        audit.record("system", AuditAction.QUESTION_REMINDED, "question", question.getTrackingCode(),
                chase.kind() + " " + chase.workingDays() + " → " + String.join(", ", to), null);
    }
}
