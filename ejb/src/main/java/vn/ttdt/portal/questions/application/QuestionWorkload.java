package vn.ttdt.portal.questions.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionRepository;
import vn.ttdt.portal.questions.domain.QuestionState;
import vn.ttdt.portal.shared.domain.AllPages;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * The citizens' questions waiting for the caller, for the back-office home: for the board the new ones to forward, the
 * answers to approve (approvers) and the overdue ones; for a unit reporter the questions forwarded to their unit and
 * not yet answered — how many, how many past their deadline, and the nearest deadline. Never another unit's.
 */
@Stateless
@RolesAllowed({Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class QuestionWorkload {

    private static final PageRequest COUNT_ONLY = PageRequest.first(1);

    @Inject
    private QuestionRepository questions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public BoardQuestions board() {
        Site site = sites.current();
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        long received = questions.inStates(site, EnumSet.of(QuestionState.RECEIVED), null, COUNT_ONLY).total();
        long toApprove = caller.isCallerInRole(Role.APPROVER_NAME)
                ? questions.inStates(site, EnumSet.of(QuestionState.ANSWER_DRAFTED), null, COUNT_ONLY).total() : 0;
        long overdue = questions.overdue(site, today, COUNT_ONLY).total();
        return new BoardQuestions(received, toApprove, overdue);
    }

    /** The caller's unit's questions still to answer (forwarded, or answered in draft); none without a unit. */
    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public UnitQuestions myUnit() {
        Unit unit = accounts.byLogin(caller.getCallerPrincipal().getName()).map(Account::getUnit).orElse(null);
        if (unit == null) {
            return new UnitQuestions(null, 0, 0, null);
        }
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        List<Question> open = AllPages.of(page -> questions.inStates(sites.current(),
                EnumSet.of(QuestionState.FORWARDED, QuestionState.ANSWER_DRAFTED), unit, page), Integer.MAX_VALUE);
        long overdue = 0;
        LocalDate nearest = null;
        for (Question question : open) {
            LocalDate deadline = question.getDeadline();
            if (question.getState() == QuestionState.FORWARDED && deadline != null) {
                overdue += deadline.isBefore(today) ? 1 : 0;
                nearest = nearest == null || deadline.isBefore(nearest) ? deadline : nearest;
            }
        }
        return new UnitQuestions(unit.getName(), open.size(), overdue, nearest);
    }

    /** The board's questions: new ones to forward, answers to approve, forwarded ones past their deadline. */
    public record BoardQuestions(long toForward, long toApprove, long overdue) {
    }

    /** A unit's questions to answer, those past their deadline (same rule as the overdue list), the nearest deadline. */
    public record UnitQuestions(String unitName, long toAnswer, long overdue, LocalDate nearestDeadline) {
    }
}
