package vn.ttdt.portal.organisation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountFilter;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.ContributorProfile;
import vn.ttdt.portal.organisation.domain.PasswordHasher;
import vn.ttdt.portal.organisation.domain.PasswordPolicy;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * Accounts of the current site: the IT administrator creates, changes, deactivates and unlocks them and resets
 * passwords, but never changes their own roles (separation of duties: somebody else grants them); everybody
 * reads and maintains their own profile and password. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.IT_ADMIN_NAME)
public class AccountService {


    @Inject
    private AccountRepository accounts;

    @Inject
    private UnitRepository units;

    @Inject
    private SiteDirectory sites;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityNotices notices;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Inject
    private Event<ContributorAccountOpened> contributorAccounts;

    @Resource
    private SessionContext caller;

    public Page<AccountSummary> search(@NotNull AccountFilter filter, @NotNull PageRequest page) {
        Instant now = clock.instant();
        return accounts.search(sites.current(), filter, page).map(a -> AccountSummary.of(a, now));
    }

    public AccountSummary get(long id) {
        return AccountSummary.of(find(id), clock.instant());
    }

    public AccountSummary create(@NotNull @Valid AccountDraft draft, @NotNull String initialPassword) {
        requireAcceptable(draft.login(), initialPassword);
        accounts.byLogin(draft.login()).ifPresent(existing -> {
            throw new BusinessRuleException("account.login.duplicate", "login taken: " + draft.login());
        });
        Instant now = clock.instant();
        Account account = new Account(sites.current(), draft.login(), hasher.hash(initialPassword), now);
        account.describe(draft.fullName(), draft.email(), draft.phone(), unit(draft.unitId()), now);
        account.grantExactly(draft.roles(), now);
        accounts.add(account);
        audit.record(actor(), AuditAction.ACCOUNT_CREATED, "account", draft.login(), describe(draft), origin.remoteAddress());
        announceContributor(account, Set.of());
        return AccountSummary.of(account, now);
    }

    public AccountSummary update(long id, @NotNull @Valid AccountDraft draft) {
        Account account = find(id);
        StaleDataException.check("account", id, draft.version(), account.getVersion());
        if (!account.getLogin().equals(draft.login())) {
            throw new BusinessRuleException("account.login.immutable", "login cannot change: " + account.getLogin());
        }
        Set<Role> before = account.getRoles();
        if (account.getLogin().equals(actor()) && !before.equals(Set.copyOf(draft.roles()))) {
            throw new BusinessRuleException("account.roles.self", actor() + " tried to change their own roles " + before + " -> " + draft.roles());
        }
        Instant now = clock.instant();
        account.describe(draft.fullName(), draft.email(), draft.phone(), unit(draft.unitId()), now);
        account.grantExactly(draft.roles(), now);
        audit.record(actor(), AuditAction.ACCOUNT_UPDATED, "account", account.getLogin(), describe(draft), origin.remoteAddress());
        if (!before.equals(account.getRoles())) {
            audit.record(actor(), AuditAction.ACCOUNT_ROLES_CHANGED, "account", account.getLogin(),
                    before + " -> " + account.getRoles(), origin.remoteAddress());
            announceContributor(account, before);
        }
        return AccountSummary.of(account, now);
    }

    public AccountSummary deactivate(long id) {
        Account account = find(id);
        if (account.getLogin().equals(actor())) {
            throw new BusinessRuleException("account.deactivate.self", "an administrator cannot deactivate themselves");
        }
        account.deactivate(clock.instant());
        audit.record(actor(), AuditAction.ACCOUNT_DEACTIVATED, "account", account.getLogin(), null, origin.remoteAddress());
        return AccountSummary.of(account, clock.instant());
    }

    public AccountSummary reactivate(long id) {
        Account account = find(id);
        account.reactivate(clock.instant());
        audit.record(actor(), AuditAction.ACCOUNT_REACTIVATED, "account", account.getLogin(), null, origin.remoteAddress());
        return AccountSummary.of(account, clock.instant());
    }

    public AccountSummary unlock(long id) {
        Account account = find(id);
        account.unlock(clock.instant());
        audit.record(actor(), AuditAction.ACCOUNT_UNLOCKED, "account", account.getLogin(), null, origin.remoteAddress());
        return AccountSummary.of(account, clock.instant());
    }

    public void resetPassword(long id, @NotNull String newPassword) {
        Account account = find(id);
        requireAcceptable(account.getLogin(), newPassword);
        account.resetPassword(hasher.hash(newPassword), clock.instant());
        audit.record(actor(), AuditAction.PASSWORD_RESET, "account", account.getLogin(), null, origin.remoteAddress());
        notices.passwordReset(account);
    }

    public AccountSummary updateContributorProfile(long id, @NotNull @Valid ContributorProfileDraft draft) {
        return applyProfile(find(id), draft);
    }

    @RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME,
            Role.QUOTA_SUPERVISOR_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
    public AccountSummary me() {
        return AccountSummary.of(self(), clock.instant());
    }

    @RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME,
            Role.QUOTA_SUPERVISOR_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
    public AccountSummary updateMyContributorProfile(@NotNull @Valid ContributorProfileDraft draft) {
        return applyProfile(self(), draft);
    }

    @RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME,
            Role.QUOTA_SUPERVISOR_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
    /** Returns the account's new security stamp, which the session that made the change keeps (the others end). */
    public long changeMyPassword(@NotNull String currentPassword, @NotNull String newPassword) {
        Account account = self();
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("password.currentWrong", "current password does not match for " + account.getLogin());
        }
        requireAcceptable(account.getLogin(), newPassword);
        account.changePassword(hasher.hash(newPassword), clock.instant());
        audit.record(actor(), AuditAction.PASSWORD_CHANGED, "account", account.getLogin(), null, origin.remoteAddress());
        return account.getSecurityStamp();
    }

    private AccountSummary applyProfile(Account account, ContributorProfileDraft draft) {
        Instant now = clock.instant();
        account.updateContributorProfile(
                new ContributorProfile(draft.penName(), draft.taxCode(), draft.bankAccountNumber(), draft.bankName()),
                draft.taxCommitmentYears() == null ? Set.of() : draft.taxCommitmentYears(), now);
        audit.record(actor(), AuditAction.CONTRIBUTOR_PROFILE_UPDATED, "account", account.getLogin(),
                "penName=" + draft.penName() + "; commitments=" + draft.taxCommitmentYears(), origin.remoteAddress());
        return AccountSummary.of(account, now);
    }

    private static void requireAcceptable(String login, String password) {
        PasswordPolicy.violation(login, password).ifPresent(key -> {
            throw new BusinessRuleException(key, "password refused by policy for " + login);
        });
    }

    private Account self() {
        return accounts.byLogin(actor()).orElseThrow(() -> new NotFoundException("account", actor()));
    }

    private Account find(long id) {
        return accounts.byId(sites.current(), id)
                .orElseThrow(() -> new NotFoundException("account", id));
    }

    private Unit unit(Long id) {
        if (id == null) {
            return null;
        }
        return units.byId(sites.current(), id)
                .orElseThrow(() -> new BusinessRuleException("account.unit.unknown", "no unit " + id));
    }

    private static String describe(AccountDraft draft) {
        return "fullName=" + draft.fullName() + "; email=" + draft.email() + "; unit=" + draft.unitId()
                + "; roles=" + draft.roles();
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }

    private void announceContributor(Account account, Set<Role> rolesBefore) {
        if (account.getRoles().contains(Role.CONTRIBUTOR) && !rolesBefore.contains(Role.CONTRIBUTOR)) {
            contributorAccounts.fire(new ContributorAccountOpened(account.getId(), actor()));
        }
    }
}
