package vn.ttdt.portal.content.application;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.AuthorShares;
import vn.ttdt.portal.content.domain.AutosaveRepository;
import vn.ttdt.portal.content.domain.Category;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.EditorialWorkflow;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.content.domain.Revision;
import vn.ttdt.portal.content.domain.Tags;
import vn.ttdt.portal.content.domain.Photo;
import vn.ttdt.portal.content.domain.WorkflowAction;
import vn.ttdt.portal.content.domain.WorkflowException;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * The editorial board's work on news and articles: write, save (every save a revision), move
 * through the workflow by role, schedule publication, and the inbox of what waits for each person.
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class EditorialService {

    private static final int RELATED_CHOICES = 10;
    private static final Logger LOG = Logger.getLogger(EditorialService.class.getName());

    @Inject
    private ContentItemRepository items;

    @Inject
    private SiteItems siteItems;

    @Inject
    private CategoryRepository categories;

    @Inject
    private AutosaveRepository autosaves;

    @Inject
    private UnitRepository units;

    @Inject
    private SiteDirectory sites;

    @Inject
    private MediaRepository media;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private ItemAuthors itemAuthors;

    @Inject
    private VisibleCategories publicCategories;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public ItemView create(@NotNull @Valid ItemDraft draft) {
        Site site = sites.current();
        Instant now = clock.instant();
        ContentItem item = new ContentItem(site, items.freeSlug(site, draft.title()), login(), now);
        ItemReadAccess.Reader reader = reader();
        write(item, draft, reader, now);
        items.add(item);
        itemAuthors.auditChanges(login(), item, List.of());
        revise(item, null, null, now);
        LOG.info(() -> "item " + item.getId() + " drafted by " + login());
        return view(item, reader);
    }

    public ItemView save(long id, @NotNull @Valid ItemDraft draft) {
        ItemReadAccess.Reader reader = reader();
        ContentItem item = siteItems.readable(id, reader);
        StaleDataException.check("item", id, draft.version(), item.getVersion());
        if (!EditorialWorkflow.canEditContent(item.getState(), reader.roles(), item.isWrittenBy(login()))) {
            throw new WorkflowException("workflow.notAllowed", login() + " may not edit item " + id + " in " + item.getState());
        }
        Instant now = clock.instant();
        List<AuthorShare> authorsBefore = item.getAuthors();
        write(item, draft, reader, now);
        itemAuthors.auditChanges(login(), item, authorsBefore);
        revise(item, null, null, now);
        autosaves.discard(id, login());
        return view(item, reader);
    }

    public ItemView act(long id, @NotNull WorkflowAction action, String comment, Long version) {
        ItemReadAccess.Reader reader = reader();
        ContentItem item = siteItems.readable(id, reader);
        StaleDataException.check("item", id, version, item.getVersion());
        ItemState next = EditorialWorkflow.apply(item.getState(), action, reader.roles(), item.isWrittenBy(login()), comment);
        Instant now = clock.instant();
        item.moveTo(next, comment, now);
        revise(item, action, comment, now);
        LOG.info(() -> "item " + id + " " + action + " by " + login() + " -> " + next);
        return view(item, reader);
    }

    @RolesAllowed(Role.APPROVER_NAME)
    public ItemView schedule(long id, Instant publishAt, Instant unpublishAt) {
        ItemReadAccess.Reader reader = reader();
        ContentItem item = siteItems.readable(id, reader);
        Instant now = clock.instant();
        if (publishAt != null && item.getState() != ItemState.AWAITING_APPROVAL
                || unpublishAt != null && publishAt != null && !unpublishAt.isAfter(publishAt)) {
            throw new BusinessRuleException("content.schedule.invalid", "cannot schedule item " + id + " in " + item.getState());
        }
        item.schedule(publishAt, unpublishAt, now);
        revise(item, null, "schedule: " + publishAt + " / " + unpublishAt, now);
        return view(item, reader);
    }

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
        return view(siteItems.readable(id, reader), reader);
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
        return items.inStates(sites.current(), states.isEmpty() ? EnumSet.allOf(ItemState.class) : states, login(), page).map(ItemSummary::of);
    }

    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
    public Page<ItemSummary> inState(@NotNull Set<ItemState> states, @NotNull PageRequest page) {
        return items.inStates(sites.current(), states.isEmpty() ? EnumSet.allOf(ItemState.class) : states, null, page).map(ItemSummary::of);
    }

    private void write(ContentItem item, ItemDraft draft, ItemReadAccess.Reader reader, Instant now) {
        List<AuthorShare> authors = itemAuthors.of(item, draft.authors());
        String problem = AuthorShares.violation(authors);
        if (problem != null) {
            throw new BusinessRuleException(problem, "authors refused for item " + item.getId());
        }
        String safeBody = HtmlSanitizer.sanitize(draft.body());
        if (safeBody.isBlank()) {
            throw new BusinessRuleException("content.body.required", "body empty after sanitizing");
        }
        item.write(draft.kind(), draft.genre(), draft.title(), draft.lead(), safeBody, category(item, draft.categoryId()),
                unit(item, draft.sourceUnitId()), authors, draft.featured(), now);
        if (draft.tags() != null || item.getId() == null) {
            item.tag(Tags.normalise(draft.tags()), now);
        }
        if (draft.relatedIds() != null) {
            List<Long> ids = draft.relatedIds().stream().filter(Objects::nonNull).distinct().toList();
            boolean allPublished = items.byIds(ids).stream()
                    .filter(r -> r.getState() == ItemState.PUBLISHED && r.belongsTo(item.getSite()))
                    .count() == ids.size();
            if (!allPublished) {
                throw new BusinessRuleException("content.related.unknown", "related items " + ids + " not all published");
            }
            item.relateTo(ids, now);
        }
        List<Photo> photos = draft.photos() == null ? List.of() : draft.photos().stream().map(p -> photo(item, p, reader)).toList();
        item.illustrate(draft.cover() == null ? null : photo(item, draft.cover(), reader), photos, now);
    }

    /** A picture of the item's site that the writer may read ({@link ItemReadAccess}) or that the item shows already. */
    private Photo photo(ContentItem item, PhotoDraft draft, ItemReadAccess.Reader reader) {
        Media image = media.byId(item.getSite(), draft.mediaId())
                .filter(m -> ItemReadAccess.mayRead(reader, m) || item.isIllustratedWith(m))
                .orElseThrow(() -> new BusinessRuleException("media.unknown", "no media " + draft.mediaId()));
        if (!image.isImage()) {
            throw new BusinessRuleException("media.imageRequired", "media " + draft.mediaId() + " is not an image");
        }
        Long account = draft.photographerAccountId();
        if (account != null && accounts.byId(item.getSite(), account).isEmpty()) {
            throw new BusinessRuleException("content.photo.account", "no account " + account);
        }
        return new Photo(image, draft.caption(), draft.photographer(), account);
    }

    private void revise(ContentItem item, WorkflowAction action, String comment, Instant now) {
        published.fire(new PublishedContentChanged("item " + item.getId()));
        items.revise(item, login(), action, comment, now);
    }


    /** The item as {@code reader} sees it: a related item withdrawn since is shown only to those who may read it. */
    private ItemView view(ContentItem item, ItemReadAccess.Reader reader) {
        Set<Role> roles = reader.roles();
        boolean author = item.isWrittenBy(reader.login());
        List<RelatedChoice> related = items.byIds(item.getRelatedIds()).stream()
                .filter(r -> r.getState().isPublic() || ItemReadAccess.mayRead(reader, r))
                .map(RelatedChoice::of).toList();
        return ItemView.of(item, EditorialWorkflow.allowedActions(item.getState(), roles, author),
                EditorialWorkflow.canEditContent(item.getState(), roles, author), related);
    }

    private ItemReadAccess.Reader reader() {
        return CallerReader.of(caller, accounts);
    }

    /** The category to file the item in: one of the item's site (another site's is unknown here) that it may go into. */
    private Category category(ContentItem item, long id) {
        Category chosen = categories.byId(item.getSite(), id)
                .orElseThrow(() -> new BusinessRuleException("content.category.unknown", "no category " + id + " in the item's site"));
        if (!item.mayBeFiledIn(chosen)) {
            throw new BusinessRuleException("content.category.hidden", "category " + id + " is hidden: item " + item.getId() + " may not go there");
        }
        return chosen;
    }

    /** The unit credited as the item's source: an active one of the item's site (another site's is unknown here). */
    private Unit unit(ContentItem item, long id) {
        return units.byId(item.getSite(), id).filter(Unit::isActive)
                .orElseThrow(() -> new BusinessRuleException("content.sourceUnit.unknown", "no active unit " + id + " in the item's site"));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
