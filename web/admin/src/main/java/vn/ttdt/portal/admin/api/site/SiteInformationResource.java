package vn.ttdt.portal.admin.api.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.ttdt.portal.site.pages.application.OrganisationBodyDraft;
import vn.ttdt.portal.site.pages.application.OrganisationBodyView;
import vn.ttdt.portal.site.pages.application.SiteInformationEditing;
import vn.ttdt.portal.site.pages.application.SitePageRevisionView;
import vn.ttdt.portal.site.pages.application.SitePageView;
import vn.ttdt.portal.site.pages.application.TouristSiteDraft;
import vn.ttdt.portal.site.pages.application.TouristSiteView;
import vn.ttdt.portal.site.pages.domain.SitePageKind;

/** The site's information, kept by the editorial board: introduction pages, tourist sites, the organisation chart. */
@Path("/site")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "approver"})
public class SiteInformationResource {

    /** A page's new texts and the version the editor saw (-1 for a page never saved). */
    public record PageText(String body, String bodyEn, Long version) {
    }

    @Inject
    private SiteInformationEditing editing;

    @GET
    @Path("/pages/{kind}")
    public SitePageView page(@PathParam("kind") SitePageKind kind) {
        return editing.page(kind);
    }

    @PUT
    @Path("/pages/{kind}")
    public SitePageView savePage(@PathParam("kind") SitePageKind kind, PageText text) {
        return editing.savePage(kind, text == null ? null : text.body(), text == null ? null : text.bodyEn(),
                text == null || text.version() == null ? 0 : text.version());
    }

    @GET
    @Path("/pages/{kind}/revisions")
    public List<SitePageRevisionView> revisions(@PathParam("kind") SitePageKind kind) {
        return editing.revisions(kind);
    }

    @GET
    @Path("/tourist-sites")
    public List<TouristSiteView> touristSites() {
        return editing.touristSites();
    }

    @POST
    @Path("/tourist-sites")
    public TouristSiteView createTouristSite(TouristSiteDraft draft) {
        return editing.saveTouristSite(null, draft);
    }

    @PUT
    @Path("/tourist-sites/{id}")
    public TouristSiteView updateTouristSite(@PathParam("id") long id, TouristSiteDraft draft) {
        return editing.saveTouristSite(id, draft);
    }

    @DELETE
    @Path("/tourist-sites/{id}")
    public Response deleteTouristSite(@PathParam("id") long id) {
        editing.deleteTouristSite(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/organisation-bodies")
    public List<OrganisationBodyView> organisationChart() {
        return editing.organisationChart();
    }

    @POST
    @Path("/organisation-bodies")
    public OrganisationBodyView createBody(OrganisationBodyDraft draft) {
        return editing.saveBody(null, draft);
    }

    @PUT
    @Path("/organisation-bodies/{id}")
    public OrganisationBodyView updateBody(@PathParam("id") long id, OrganisationBodyDraft draft) {
        return editing.saveBody(id, draft);
    }

    @DELETE
    @Path("/organisation-bodies/{id}")
    public Response deleteBody(@PathParam("id") long id) {
        editing.deleteBody(id);
        return Response.noContent().build();
    }
}
