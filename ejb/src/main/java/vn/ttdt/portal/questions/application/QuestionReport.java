package vn.ttdt.portal.questions.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.questions.domain.CountedQuestion;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionException;
import vn.ttdt.portal.questions.domain.QuestionRepository;
import vn.ttdt.portal.questions.domain.QuestionStatistics;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.CalendarDays;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/**
 * The questions' statistics: the questions received in a period (Vietnamese days, both ends included) counted per unit
 * they went to, per field and in all, with how many of them are overdue today; this feeds the yearly report. The board
 * sees every unit; a unit's reporter only the questions forwarded to their own unit (none when the account has no unit).
 */
@Stateless
@RolesAllowed({Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class QuestionReport {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 366 * 5;

    @Inject
    private QuestionRepository questions;

    @Inject
    private CalendarDays calendarDays;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    /** The figures of the questions received from {@code from} to {@code to}, both included. */
    public QuestionFiguresReport of(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new QuestionException(QuestionException.PERIOD_INVALID, "a period from " + from + " to " + to);
        }
        boolean board = DeskCaller.isBoard(caller);
        Unit unit = board ? null : DeskCaller.unitOf(caller, accounts);
        List<Question> received = !board && unit == null ? List.of() : questions.receivedBetween(sites.current(), unit,
                BusinessCalendar.startOf(from), BusinessCalendar.startOf(to.plusDays(1)));
        List<CountedQuestion> counted = received.stream().map(QuestionReport::counted).toList();
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        LocalDate earliest = counted.stream().map(CountedQuestion::forwardedOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(from);
        LocalDate latest = counted.stream().map(CountedQuestion::answeredOn).filter(d -> d != null).max(LocalDate::compareTo).orElse(to);
        QuestionStatistics statistics = new QuestionStatistics(new WorkingCalendar(calendarDays.between(earliest, latest)));
        String notForwarded = DomainTexts.text("question.statistics.notForwarded");
        return new QuestionFiguresReport(from, to,
                statistics.byLine(counted, q -> q.unitName() == null ? notForwarded : q.unitName()),
                statistics.byLine(counted, q -> DomainTexts.text("question.field." + q.field().name())),
                statistics.tally(DomainTexts.text("question.statistics.total"), counted),
                counted.stream().filter(q -> q.isOverdueOn(today)).count(), board ? null : unit == null ? "" : unit.getName());
    }

    private static CountedQuestion counted(Question q) {
        return new CountedQuestion(q.getField(), q.getUnit() == null ? null : q.getUnit().getName(), q.getState(),
                q.getForwardedAt() == null ? null : BusinessCalendar.dayOf(q.getForwardedAt()), q.getDeadline(),
                q.getAnsweredAt() == null ? null : BusinessCalendar.dayOf(q.getAnsweredAt()));
    }
}
