package vn.ttdt.portal.content.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.content.domain.Revision;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * What the editorial board reads of news and articles: an item as the caller sees it, its revisions side by side,
 * the inbox of what waits for each person, their own items, and published items to choose as related.
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class EditorialQueries {

    private static final int RELATED_CHOICES = 10;

    @Inject
    private ContentItemRepository items;

    @Inject
    private SiteItems siteItems;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AccountRepository accounts;

    @Inject
    private VisibleCategories publicCategories;

    @Inject
    private EditorialItemViews views;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    /** Published items whose text matches {@code query} (with or without diacritics), to choose as related. */
    public List<RelatedChoice> relatedChoices(@NotNull String query) {
        String typed = query.strip();
        if (typed.isEmpty() || typed.length() > 200) {
            return List.of();
        }
        return items.published(sites.current(), publicCategories.scope(), new PublicItemFilter(null, null, null, null, typed), clock.instant(),
                PageRequest.first(RELATED_CHOICES)).items().stream().map(RelatedChoice::of).toList();
    }

    public ItemView get(long id) {
        ItemReadAccess.Reader reader = reader();
        return views.of(siteItems.readable(id, reader), reader);
    }

    public List<RevisionView> revisions(long id) {
        siteItems.readable(id, reader());
        return items.revisions(id).stream().map(RevisionView::of).toList();
    }

    /** Revisions {@code older} and {@code newer} of an item side by side (either order), word by word. */
    public RevisionDiff compare(long id, int older, int newer) {
        siteItems.readable(id, reader());
        Revision before = revision(id, Math.min(older, newer));
        Revision after = revision(id, Math.max(older, newer));
        return RevisionDiff.of(before, after);
    }

    private Revision revision(long itemId, int number) {
        return items.revisions(itemId).stream().filter(r -> r.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("revision", number));
    }

    /** What waits for the caller: their own drafts and returned items; for editors the submitted and in-editing ones; for approvers those awaiting approval. */
    public Page<ItemSummary> inbox(@NotNull PageRequest page) {
        Set<ItemState> waiting = EnumSet.noneOf(ItemState.class);
        if (caller.isCallerInRole(Role.EDITOR_NAME) || caller.isCallerInRole(Role.APPROVER_NAME)) {
            waiting.addAll(EnumSet.of(ItemState.SUBMITTED, ItemState.IN_EDITING));
        }
        if (caller.isCallerInRole(Role.APPROVER_NAME)) {
            waiting.add(ItemState.AWAITING_APPROVAL);
        }
        if (waiting.isEmpty()) {
            return mine(EnumSet.of(ItemState.DRAFT, ItemState.RETURNED), page);
        }
        return items.inStates(sites.current(), waiting, null, page).map(ItemSummary::of);
    }

    public Page<ItemSummary> mine(@NotNull Set<ItemState> states, @NotNull PageRequest page) {
        return items.inStates(sites.current(), states.isEmpty() ? EnumSet.allOf(ItemState.class) : states, caller.getCallerPrincipal().getName(), page)
                .map(ItemSummary::of);
    }

    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public Page<ItemSummary> inState(@NotNull Set<ItemState> states, @NotNull PageRequest page) {
        return items.inStates(sites.current(), states.isEmpty() ? EnumSet.allOf(ItemState.class) : states, null, page).map(ItemSummary::of);
    }

    private ItemReadAccess.Reader reader() {
        return CallerReader.of(caller, accounts);
    }
}
