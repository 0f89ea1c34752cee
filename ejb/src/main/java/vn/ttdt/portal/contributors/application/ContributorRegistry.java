package vn.ttdt.portal.contributors.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.application.PublishedAuthorship;
import vn.ttdt.portal.contributors.domain.Contributor;
import vn.ttdt.portal.contributors.domain.ContributorFilter;
import vn.ttdt.portal.contributors.domain.ContributorRepository;
import vn.ttdt.portal.contributors.domain.YearOfWorks;
import vn.ttdt.portal.organisation.application.AccountDraft;
import vn.ttdt.portal.organisation.application.AccountService;
import vn.ttdt.portal.organisation.application.AccountSummary;
import vn.ttdt.portal.organisation.application.ContributorProfileDraft;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.royalty.application.RoyaltiesReceived;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.AllPages;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * The contributor registry (mạng lưới cộng tác viên): the editorial board, finance and the IT administrator read it —
 * each contributor with the works they published in a year (from the content context) and the royalties they received
 * that year (from the royalty context's approved payrolls); the board enters, changes, deactivates and reactivates
 * contributors; the IT administrator invites one by creating their account through the account service, so that the
 * same login and password rules apply. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
public class ContributorRegistry {

    private static final int EXPORT_LIMIT = 10_000;

    @Inject
    private ContributorRepository contributors;

    @Inject
    private UnitRepository units;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountService accountService;

    @Inject
    private InvitationsUnderway invitations;

    @Inject
    private PublishedAuthorship authorship;

    @Inject
    private RoyaltiesReceived royalties;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public Page<ContributorRow> search(@NotNull ContributorFilter filter, int year, @NotNull PageRequest page) {
        Page<Contributor> found = contributors.search(sites.current(), filter, page);
        YearFigures figures = figures(year);
        return found.map(c -> row(c, figures));
    }

    /** Every contributor matching {@code filter}, for the spreadsheet. */
    public List<ContributorRow> all(@NotNull ContributorFilter filter, int year) {
        YearFigures figures = figures(year);
        return every(filter).stream().map(c -> row(c, figures)).toList();
    }

    /** The active contributors to choose from (say as a course's participants), by name, with their pen names. */
    public List<ContributorChoice> choices() {
        return every(new ContributorFilter(null, true)).stream()
                .map(c -> new ContributorChoice(c.getId(), c.getFullName(), c.getPenName(), c.unitOrOccupation())).toList();
    }

    public ContributorRecord get(long id, int year) {
        Contributor contributor = find(id);
        YearFigures figures = figures(year);
        YearOfWorks works = figures.works(contributor);
        return new ContributorRecord(row(contributor, figures), year, works.perMonth(),
                works.works().stream().map(w -> new ContributorRecord.Work(w.itemId(), w.title(), w.publishedOn())).toList());
    }

    /** Enters a contributor ({@code id} null) or changes one at the draft's version. */
    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public ContributorRow save(Long id, @NotNull @Valid ContributorDraft draft) {
        Instant now = clock.instant();
        Contributor contributor;
        AuditAction action;
        if (id == null) {
            contributor = new Contributor(sites.current(), now);
            contributor.describe(draft.details(), unit(draft.unitId()), now);
            contributors.add(contributor);
            action = AuditAction.CONTRIBUTOR_CREATED;
        } else {
            contributor = find(id);
            StaleDataException.check("contributor", id, draft.version(), contributor.getVersion());
            contributor.describe(draft.details(), unit(draft.unitId()), now);
            action = AuditAction.CONTRIBUTOR_UPDATED;
        }
        record(action, contributor, describe(contributor));
        return row(contributor, figures(yearNow()));
    }

    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public ContributorRow deactivate(long id) {
        Contributor contributor = find(id);
        contributor.deactivate(clock.instant());
        record(AuditAction.CONTRIBUTOR_DEACTIVATED, contributor, contributor.getFullName());
        return row(contributor, figures(yearNow()));
    }

    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public ContributorRow reactivate(long id) {
        Contributor contributor = find(id);
        contributor.reactivate(clock.instant());
        record(AuditAction.CONTRIBUTOR_REACTIVATED, contributor, contributor.getFullName());
        return row(contributor, figures(yearNow()));
    }

    /**
     * Creates the contributor's account (role contributor, their unit, their pen name on the account's profile) through
     * the account service — its login, e-mail and password rules apply and it audits the account — and links it to the
     * registry entry.
     */
    @RolesAllowed(Role.IT_ADMIN_NAME)
    public ContributorRow invite(long id, @NotNull @Valid Invitation invitation) {
        Contributor contributor = find(id);
        contributor.checkInvitable();
        if (contributor.getEmail() == null) {
            throw new BusinessRuleException("contributor.invite.emailRequired", "contributor " + id + " has no e-mail");
        }
        invitations.expect(invitation.login());
        AccountSummary account = accountService.create(new AccountDraft(invitation.login(), contributor.getFullName(),
                contributor.getEmail(), contributor.getPhone(), contributor.getUnit() == null ? null : contributor.getUnit().getId(),
                Set.of(Role.CONTRIBUTOR), null), invitation.password());
        if (contributor.getPenName() != null) {
            accountService.updateContributorProfile(account.id(),
                    new ContributorProfileDraft(contributor.getPenName(), null, null, null, Set.of()));
        }
        contributor.linkAccount(account.id(), clock.instant());
        record(AuditAction.CONTRIBUTOR_INVITED, contributor, contributor.getFullName() + " → " + account.login());
        return row(contributor, figures(yearNow()));
    }

    private List<Contributor> every(ContributorFilter filter) {
        return AllPages.of(page -> contributors.search(sites.current(), filter, page), EXPORT_LIMIT);
    }

    private YearFigures figures(int year) {
        return new YearFigures(year, Credits.ofYear(authorship, year), royalties.ofYear(year));
    }

    private ContributorRow row(Contributor c, YearFigures figures) {
        long gross = 0;
        long net = 0;
        for (RoyaltiesReceived.Receipt receipt : figures.receipts()) {
            if (c.isCredited(receipt.accountId(), receipt.accountId() == null ? receipt.name() : null)) {
                gross += receipt.gross();
                net += receipt.net();
            }
        }
        String login = c.getAccountId() == null ? null
                : accounts.byId(sites.current(), c.getAccountId()).map(Account::getLogin).orElse(null);
        return new ContributorRow(c.getId(), c.getFullName(), c.getPenName(), c.getUnit() == null ? null : c.getUnit().getId(),
                c.getUnit() == null ? null : c.getUnit().getName(), c.getOccupation(), c.getPhone(), c.getEmail(), c.getAddress(),
                c.getNote(), c.isActive(), c.getAccountId(), login, figures.year(), figures.works(c).total(), gross, net,
                c.getVersion());
    }

    private Contributor find(long id) {
        return contributors.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("contributor", id));
    }

    private Unit unit(Long id) {
        if (id == null) {
            return null;
        }
        return units.byId(sites.current(), id)
                .orElseThrow(() -> new BusinessRuleException("contributor.unit.unknown", "no unit " + id));
    }

    private int yearNow() {
        return BusinessCalendar.dayOf(clock.instant()).getYear();
    }

    private static String describe(Contributor c) {
        return c.getFullName() + (c.getPenName() == null ? "" : " (" + c.getPenName() + ")") + "; "
                + c.unitOrOccupation() + "; active=" + c.isActive();
    }

    private void record(AuditAction action, Contributor contributor, String details) {
        audit.record(caller.getCallerPrincipal().getName(), action, "contributor", contributor.getId(), details, origin.remoteAddress());
    }

    /** The year's author credits and royalty receipts, read once for a whole page of contributors. */
    private record YearFigures(int year, List<YearOfWorks.Credit> credits, List<RoyaltiesReceived.Receipt> receipts) {

        YearOfWorks works(Contributor contributor) {
            return YearOfWorks.of(contributor, year, credits);
        }
    }
}
