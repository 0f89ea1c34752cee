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
import vn.ttdt.portal.site.pages.application.PortalLinkDraft;
import vn.ttdt.portal.site.pages.application.PortalLinkEditing;
import vn.ttdt.portal.site.pages.application.PortalLinkView;

/** Links to other portals, kept by the editorial board and the IT administrator. */
@Path("/site/portal-links")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "approver", "it-admin"})
public class PortalLinksResource {

    @Inject
    private PortalLinkEditing links;

    @GET
    public List<PortalLinkView> list() {
        return links.all();
    }

    @POST
    public PortalLinkView create(PortalLinkDraft draft) {
        return links.save(null, draft);
    }

    @PUT
    @Path("/{id}")
    public PortalLinkView update(@PathParam("id") long id, PortalLinkDraft draft) {
        return links.save(id, draft);
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") long id) {
        links.remove(id);
        return Response.noContent().build();
    }
}
