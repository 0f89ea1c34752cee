package vn.ttdt.portal.content.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.ttdt.portal.content.domain.Autosave;
import vn.ttdt.portal.content.domain.AutosaveRepository;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.EditorialWorkflow;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.content.domain.WorkflowException;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * Autosave of the item editor: while someone who may edit an item types, the editor sends the text
 * about every 30 seconds; it is kept apart from the item (one {@link Autosave} per item and person,
 * overwritten, no revision), offered back when they open the item again, and dropped when they save.
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class AutosaveService {

    @Inject
    private SiteItems items;

    @Inject
    private AutosaveRepository autosaves;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    /** Keeps the caller's unsaved text of an item they may edit; unchanged text is not written again. */
    public AutosaveView keep(long id, @NotNull @Valid AutosaveDraft draft) {
        ItemReadAccess.Reader reader = reader();
        ContentItem item = items.readable(id, reader);
        if (!EditorialWorkflow.canEditContent(item.getState(), reader.roles(), item.isWrittenBy(login()))) {
            throw new WorkflowException("workflow.notAllowed", login() + " may not autosave item " + id + " in " + item.getState());
        }
        Instant now = clock.instant();
        Optional<Autosave> kept = autosaves.of(id, login());
        Autosave autosave = kept.orElseGet(() -> new Autosave(id, login()));
        String safeBody = draft.body() == null ? "" : HtmlSanitizer.sanitize(draft.body());
        if (autosave.keep(draft.title(), draft.lead(), safeBody, now) && kept.isEmpty()) {
            autosaves.add(autosave);
        }
        return AutosaveView.of(autosave);
    }

    /** The caller's unsaved work on an item, if it is newer than the item's last save; an older one is dropped. */
    public Optional<AutosaveView> pending(long id) {
        ContentItem item = items.readable(id, reader());
        Optional<Autosave> kept = autosaves.of(id, login());
        if (kept.isPresent() && !kept.get().isNewerThan(item)) {
            autosaves.discard(id, login());
            return Optional.empty();
        }
        return kept.map(AutosaveView::of);
    }

    /** Drops the caller's own unsaved work on an item; {@link NotFoundException} when they have none there. */
    public void discard(long id) {
        items.readable(id, reader());
        if (autosaves.discard(id, login()) == 0) {
            throw new NotFoundException("autosave of item", id);
        }
    }

    private ItemReadAccess.Reader reader() {
        return CallerReader.of(caller, accounts);
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
