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
import java.util.List;
import java.util.logging.Logger;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.AutosaveRepository;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.EditorialWorkflow;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.WorkflowAction;
import vn.ttdt.portal.content.domain.WorkflowException;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * What the editorial board does to news and articles: write, save (every save a revision), move through the workflow
 * by role, and schedule publication. Each answers the item as the caller now sees it.
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class EditorialCommands {

    private static final Logger LOG = Logger.getLogger(EditorialCommands.class.getName());

    @Inject
    private ContentItemRepository items;

    @Inject
    private SiteItems siteItems;

    @Inject
    private AutosaveRepository autosaves;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private ItemAuthors itemAuthors;

    @Inject
    private ItemDraftAssembly assembly;

    @Inject
    private EditorialItemViews views;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public ItemView create(@NotNull @Valid ItemDraft draft) {
        Site site = sites.current();
        Instant now = clock.instant();
        ContentItem item = new ContentItem(site, items.freeSlug(site, draft.title()), login(), now);
        ItemReadAccess.Reader reader = reader();
        assembly.write(item, draft, reader, now);
        items.add(item);
        itemAuthors.auditChanges(login(), item, List.of());
        revise(item, null, null, now);
        LOG.info(() -> "item " + item.getId() + " drafted by " + login());
        return views.of(item, reader);
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
        assembly.write(item, draft, reader, now);
        itemAuthors.auditChanges(login(), item, authorsBefore);
        revise(item, null, null, now);
        autosaves.discard(id, login());
        return views.of(item, reader);
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
        return views.of(item, reader);
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
        return views.of(item, reader);
    }

    private void revise(ContentItem item, WorkflowAction action, String comment, Instant now) {
        published.fire(new PublishedContentChanged("item " + item.getId()));
        items.revise(item, login(), action, comment, now);
    }

    private ItemReadAccess.Reader reader() {
        return CallerReader.of(caller, accounts);
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
