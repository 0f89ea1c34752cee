package vn.ttdt.portal.content.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * The editorial figures of the back-office home: how many items wait for the caller (their own drafts and returned
 * items; for editors those submitted or in editing; for approvers those awaiting approval), and this month's
 * publications per category — of the whole site, or of their own unit for a unit reporter outside the board.
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME,
        Role.QUOTA_SUPERVISOR_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
public class EditorialWorkload {

    private static final PageRequest COUNT_ONLY = PageRequest.first(1);

    @Inject
    private ContentItemRepository items;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    /** What the editorial workflow holds for the caller. */
    @RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
    public EditorialWaiting waiting() {
        Site site = sites.current();
        long mine = items.inStates(site, EnumSet.of(ItemState.DRAFT, ItemState.RETURNED), login(), COUNT_ONLY).total();
        long toEdit = onBoard() ? items.inStates(site, EnumSet.of(ItemState.SUBMITTED, ItemState.IN_EDITING), null, COUNT_ONLY).total() : 0;
        long toApprove = caller.isCallerInRole(Role.APPROVER_NAME)
                ? items.inStates(site, EnumSet.of(ItemState.AWAITING_APPROVAL), null, COUNT_ONLY).total() : 0;
        return new EditorialWaiting(mine, toEdit, toApprove);
    }

    /** The items published this month (Vietnamese time) per category; a unit reporter outside the board sees their unit's only. */
    public MonthlyPublications publishedThisMonth() {
        YearMonth month = YearMonth.from(BusinessCalendar.dayOf(clock.instant()));
        Optional<Unit> unit = Optional.empty();
        if (caller.isCallerInRole(Role.UNIT_REPORTER_NAME) && !onBoard()) {
            unit = accounts.byLogin(login()).map(Account::getUnit);
            if (unit.isEmpty()) {
                return new MonthlyPublications(month, null, true, List.of());
            }
        }
        List<MonthlyPublications.CategoryCount> counts = items.publishedPerCategory(sites.current(),
                        BusinessCalendar.startOf(month.atDay(1)), BusinessCalendar.endOf(month), unit.orElse(null)).stream()
                .map(t -> new MonthlyPublications.CategoryCount(t.categoryName(), t.count())).toList();
        return new MonthlyPublications(month, unit.map(Unit::getName).orElse(null), unit.isPresent(), counts);
    }

    private boolean onBoard() {
        return caller.isCallerInRole(Role.EDITOR_NAME) || caller.isCallerInRole(Role.APPROVER_NAME);
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
