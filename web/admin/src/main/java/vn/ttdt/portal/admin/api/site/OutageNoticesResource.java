package vn.ttdt.portal.admin.api.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ttdt.portal.site.notices.application.OutageNoticeDraft;
import vn.ttdt.portal.site.notices.application.OutageNoticeView;
import vn.ttdt.portal.site.notices.application.OutageNotices;

/** Planned outages, scheduled by the IT administrator; the public banner follows them. */
@Path("/outage-notices")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("it-admin")
public class OutageNoticesResource {

    @Inject
    private OutageNotices notices;

    @GET
    public List<OutageNoticeView> list() {
        return notices.latest();
    }

    @POST
    public OutageNoticeView schedule(OutageNoticeDraft draft) {
        return notices.save(null, draft);
    }

    @PUT
    @Path("/{id}")
    public OutageNoticeView update(@PathParam("id") long id, OutageNoticeDraft draft) {
        return notices.save(id, draft);
    }

    @POST
    @Path("/{id}/cancel")
    public OutageNoticeView cancel(@PathParam("id") long id) {
        return notices.cancel(id);
    }
}
