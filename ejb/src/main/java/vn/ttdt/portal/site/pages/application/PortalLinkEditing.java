package vn.ttdt.portal.site.pages.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.StaleDataException;
import vn.ttdt.portal.site.pages.domain.PortalLink;
import vn.ttdt.portal.site.pages.domain.PortalLinkRepository;

/** The links to other portals, kept by the board and the IT administrator; every change audited and published. */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
public class PortalLinkEditing {

    @Inject
    private PortalLinkRepository links;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Event<PublishedContentChanged> published;

    @Resource
    private SessionContext caller;

    public List<PortalLinkView> all() {
        return links.all(sites.current()).stream().map(PortalLinkView::of).toList();
    }

    /** Creates ({@code id} null) or changes a link. */
    public PortalLinkView save(Long id, @NotNull @Valid PortalLinkDraft draft) {
        Site site = sites.current();
        PortalLink link;
        if (id == null) {
            link = new PortalLink(site);
        } else {
            link = find(site, id);
            StaleDataException.check("portal-link", id, draft.version(), link.getVersion());
        }
        link.describe(draft.kind(), draft.name().strip(), draft.url(), draft.order());
        if (id == null) {
            links.add(link);
        }
        changed(AuditAction.PORTAL_LINK_SAVED, link.getId(), link.getName() + " " + link.getUrl());
        return PortalLinkView.of(link);
    }

    public void remove(long id) {
        PortalLink link = find(sites.current(), id);
        links.remove(link);
        changed(AuditAction.PORTAL_LINK_REMOVED, id, link.getName() + " " + link.getUrl());
    }

    private PortalLink find(Site site, long id) {
        return links.byId(site, id).orElseThrow(() -> new NotFoundException("portal-link", id));
    }

    private void changed(AuditAction action, Object id, String details) {
        audit.record(caller.getCallerPrincipal().getName(), action, "portal-link", id, details, origin.remoteAddress());
        published.fire(new PublishedContentChanged("portal link " + id));
    }
}
