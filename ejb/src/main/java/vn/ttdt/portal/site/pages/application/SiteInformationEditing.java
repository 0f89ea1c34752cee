package vn.ttdt.portal.site.pages.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.StaleDataException;
import vn.ttdt.portal.site.pages.domain.OrganisationBody;
import vn.ttdt.portal.site.pages.domain.OrganisationBodyRepository;
import vn.ttdt.portal.site.pages.domain.SitePage;
import vn.ttdt.portal.site.pages.domain.SitePageKind;
import vn.ttdt.portal.site.pages.domain.SitePageRepository;
import vn.ttdt.portal.site.pages.domain.TouristSite;
import vn.ttdt.portal.site.pages.domain.TouristSiteRepository;

/**
 * The editorial board's work on the site's information: the introduction's pages (every save kept as a revision),
 * the tourist sites and the organisation chart. Rich text is sanitized before it is stored; every change is audited
 * and refreshes the public pages once committed.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class SiteInformationEditing {

    private static final int REVISIONS_SHOWN = 20;

    @Inject
    private SitePageRepository pages;

    @Inject
    private TouristSiteRepository touristSites;

    @Inject
    private OrganisationBodyRepository bodies;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public SitePageView page(@NotNull SitePageKind kind) {
        return pages.byKind(sites.current(), kind).map(SitePageView::of).orElseGet(() -> SitePageView.empty(kind));
    }

    public List<SitePageRevisionView> revisions(@NotNull SitePageKind kind) {
        return pages.revisions(sites.current(), kind, REVISIONS_SHOWN).stream().map(SitePageRevisionView::of).toList();
    }

    /** Saves a page's texts; {@code version} is the one the editor saw (negative for a page never saved). */
    public SitePageView savePage(@NotNull SitePageKind kind, @Size(max = 200_000, message = "{site.text.size}") String body,
                                 @Size(max = 200_000, message = "{site.text.size}") String bodyEn, long version) {
        Site site = sites.current();
        Instant now = clock.instant();
        SitePage page = pages.byKind(site, kind).orElse(null);
        if (page == null) {
            StaleDataException.check("site-page", kind, version, -1);
            page = pages.add(new SitePage(site, kind, now));
        } else {
            StaleDataException.check("site-page", kind, version, page.getVersion());
        }
        pages.add(page.edit(body, bodyEn, login(), now));
        changed(AuditAction.SITE_PAGE_UPDATED, "site-page", kind.name(), null);
        return SitePageView.of(page);
    }

    public List<TouristSiteView> touristSites() {
        return touristSites.all(sites.current()).stream().map(TouristSiteView::of).toList();
    }

    /** Creates ({@code id} null) or changes a tourist site. */
    public TouristSiteView saveTouristSite(Long id, @NotNull @Valid TouristSiteDraft draft) {
        Site site = sites.current();
        TouristSite touristSite;
        if (id == null) {
            touristSite = new TouristSite(site, touristSites.freeSlug(site, draft.name()));
        } else {
            touristSite = touristSites.byId(site, id).orElseThrow(() -> new NotFoundException("tourist-site", id));
            StaleDataException.check("tourist-site", id, draft.version(), touristSite.getVersion());
        }
        touristSite.describe(draft.name().strip(), draft.address().strip(), draft.mapUrl(), draft.description(),
                draft.order(), draft.photos(), login(), clock.instant());
        if (id == null) {
            touristSites.add(touristSite);
        }
        changed(AuditAction.TOURIST_SITE_SAVED, "tourist-site", touristSite.getId(), touristSite.getName());
        return TouristSiteView.of(touristSite);
    }

    /** Removes a tourist site: its page leaves the public site. */
    public void deleteTouristSite(long id) {
        TouristSite touristSite = touristSites.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("tourist-site", id));
        touristSites.remove(touristSite);
        changed(AuditAction.TOURIST_SITE_DELETED, "tourist-site", id, touristSite.getName());
    }

    public List<OrganisationBodyView> organisationChart() {
        return OrganisationTree.inTreeOrder(bodies.all(sites.current()));
    }

    /** Creates ({@code id} null) or changes a body of the chart, its place in the tree and its leaders. */
    public OrganisationBodyView saveBody(Long id, @NotNull @Valid OrganisationBodyDraft draft) {
        Site site = sites.current();
        OrganisationBody body;
        if (id == null) {
            body = new OrganisationBody(site);
        } else {
            body = bodies.byId(site, id).orElseThrow(() -> new NotFoundException("organisation-body", id));
            StaleDataException.check("organisation-body", id, draft.version(), body.getVersion());
        }
        OrganisationBody parent = draft.parentId() == null ? null
                : bodies.byId(site, draft.parentId()).orElseThrow(() -> new NotFoundException("organisation-body", draft.parentId()));
        body.describe(parent, draft.name().strip(), draft.nameEn(), draft.functions(), draft.functionsEn(), draft.order(),
                draft.leaderList().stream().map(LeaderEntry::toLeader).toList(), login(), clock.instant());
        if (id == null) {
            bodies.add(body);
        }
        changed(AuditAction.ORGANISATION_BODY_SAVED, "organisation-body", body.getId(), body.getName());
        return OrganisationTree.view(body, 0);
    }

    /** Removes a body of the chart with its leaders; one with bodies below it stays until they are moved or removed. */
    public void deleteBody(long id) {
        OrganisationBody body = bodies.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("organisation-body", id));
        if (bodies.hasBodiesBelow(body)) {
            throw new BusinessRuleException("organisationBody.hasBodiesBelow", "body " + id + " has bodies below it", body.getName());
        }
        bodies.remove(body);
        changed(AuditAction.ORGANISATION_BODY_DELETED, "organisation-body", id, body.getName());
    }

    private void changed(AuditAction action, String type, Object id, String details) {
        audit.record(login(), action, type, id, details, origin.remoteAddress());
        published.fire(new PublishedContentChanged(type + " " + id));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
