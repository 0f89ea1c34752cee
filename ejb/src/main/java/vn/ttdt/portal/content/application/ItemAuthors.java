package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.AuthorShares;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.ContributorProfile;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * The authors of an item checked against their accounts, since royalties are paid to an author's account (its bank
 * account and tax code): an account named in an author entry must be an active account of the item's site, and the
 * entry must name its holder, by full name or pen name; left empty, the name is the holder's pen name, or else their
 * full name. An entry the item already has, same account and same name, is kept as it is (its account may have been
 * deactivated since the work was written). Every change of an author's account on an item is audited.
 */
@Dependent
public class ItemAuthors {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    /** The item's new authors from the entries, each linked account checked. */
    public List<AuthorShare> of(ContentItem item, List<AuthorDraft> entries) {
        return entries.stream().map(entry -> checked(item, entry)).toList();
    }

    /** Audits each author position of the item whose account differs from {@code before}. */
    public void auditChanges(String actor, ContentItem item, List<AuthorShare> before) {
        for (String change : AuthorShares.accountChanges(before, item.getAuthors())) {
            audit.record(actor, AuditAction.AUTHOR_ACCOUNT_CHANGED, "content-item", item.getId(), change, origin.remoteAddress());
        }
    }

    private AuthorShare checked(ContentItem item, AuthorDraft entry) {
        AuthorShare typed = new AuthorShare(entry.name(), entry.accountId(), entry.sharePercent());
        if (typed.getAccountId() == null || alreadyOn(item, typed)) {
            return typed;
        }
        Account holder = accounts.byId(typed.getAccountId()).filter(a -> a.isActive() && a.belongsTo(item.getSite()))
                .orElseThrow(() -> new BusinessRuleException("content.authors.account",
                        "no active account " + typed.getAccountId() + " in the site of item " + item.getId()));
        String penName = holder.contributorProfile().map(ContributorProfile::getPenName).orElse(null);
        if (typed.getName() == null || typed.getName().isEmpty()) {
            return new AuthorShare(penName != null ? penName : holder.getFullName(), holder.getId(), typed.getSharePercent());
        }
        if (!AuthorShares.namesHolder(typed.getName(), holder.getFullName(), penName)) {
            throw new BusinessRuleException("content.authors.accountName",
                    "author '" + typed.getName() + "' does not name the holder of account " + holder.getId(), typed.getName());
        }
        return typed;
    }

    private static boolean alreadyOn(ContentItem item, AuthorShare typed) {
        return item.getAuthors().stream()
                .anyMatch(a -> typed.getAccountId().equals(a.getAccountId()) && typed.getName() != null && typed.getName().equals(a.getName()));
    }
}
