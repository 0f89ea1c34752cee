package vn.ttdt.portal.organisation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.SupervisorAssignmentRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * Which unit groups the caller sees: the editorial board's approvers and the IT administrator see every group; a quota
 * supervisor sees the groups they supervise today (Vietnam time); anyone else none. Also the unit the caller belongs to,
 * for what a unit reporter reads of their own unit.
 */
@Stateless
@PermitAll
public class SupervisedGroups {

    @Inject
    private AccountRepository accounts;

    @Inject
    private SupervisorAssignmentRepository assignments;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public GroupScope ofCaller() {
        if (caller.isCallerInRole(Role.APPROVER_NAME) || caller.isCallerInRole(Role.IT_ADMIN_NAME)) {
            return GroupScope.all();
        }
        if (!caller.isCallerInRole(Role.QUOTA_SUPERVISOR_NAME)) {
            return GroupScope.only(Set.of());
        }
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        return GroupScope.only(callerAccount()
                .map(account -> assignments.of(account).stream().filter(a -> a.heldOn(today))
                        .map(a -> a.getGroup().getId()).collect(Collectors.toSet()))
                .orElse(Set.of()));
    }

    /** The unit the caller belongs to on this site (a unit reporter's unit), if any. */
    public Optional<Unit> unitOfCaller() {
        return callerAccount().map(Account::getUnit);
    }

    private Optional<Account> callerAccount() {
        return accounts.byLogin(caller.getCallerPrincipal().getName()).filter(account -> account.belongsTo(sites.current()));
    }
}
