package vn.ttdt.portal.contributors.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.contributors.domain.Contributor;
import vn.ttdt.portal.contributors.domain.ContributorDetails;
import vn.ttdt.portal.contributors.domain.ContributorRepository;
import vn.ttdt.portal.organisation.application.ContributorAccountOpened;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.ContributorProfile;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.application.RequestOrigin;

/**
 * Every contributor account has its registry entry: an account created on the accounts screen with the contributor role
 * (or granted it later) is entered in the registry with its owner's name, pen name, unit and contacts, linked to the
 * account, in the same transaction; an account the registry itself is creating for an invited entry is left to the
 * invitation.
 */
@ApplicationScoped
public class RegistryEntriesOfAccounts {

    @Inject
    private ContributorRepository contributors;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteDirectory sites;

    @Inject
    private InvitationsUnderway invitations;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    void enter(@Observes ContributorAccountOpened opened) {
        Site site = sites.current();
        Account account = accounts.byId(site, opened.accountId()).orElseThrow();
        if (invitations.expected(account.getLogin()) || contributors.byAccount(site, account.getId()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Contributor contributor = new Contributor(site, now);
        String penName = account.contributorProfile().map(ContributorProfile::getPenName).orElse(null);
        contributor.describe(new ContributorDetails(account.getFullName(), penName, null, account.getPhone(), account.getEmail(),
                null, null), account.getUnit(), now);
        contributors.add(contributor);
        contributor.linkAccount(account.getId(), now);
        audit.record(opened.openedBy(), AuditAction.CONTRIBUTOR_CREATED, "contributor", contributor.getId(),
                contributor.getFullName() + " ← " + account.getLogin(), origin.remoteAddress());
    }
}
