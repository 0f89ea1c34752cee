package vn.ttdt.portal.admin.api.legaldocs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.ttdt.portal.admin.api.Paging;
import vn.ttdt.portal.legaldocs.application.LegalDocumentDraft;
import vn.ttdt.portal.legaldocs.application.PostingRequestDraft;
import vn.ttdt.portal.legaldocs.application.PostingRequestService;
import vn.ttdt.portal.legaldocs.application.PostingRequestView;
import vn.ttdt.portal.shared.domain.Page;

/**
 * Posting requests (đề nghị đăng tải): unit reporters submit and follow their own unit's; the editorial board reads
 * the open ones, posts them as documents or declines them with a reason.
 */
@Path("/posting-requests")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "approver"})
public class PostingRequestsResource {

    /** Why the board declines a request. */
    public record Decline(String reason) {
    }

    @Inject
    private PostingRequestService requests;

    @POST
    @RolesAllowed("unit-reporter")
    public Response submit(PostingRequestDraft draft) {
        PostingRequestView created = requests.submit(draft);
        return Response.created(URI.create("posting-requests/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed("unit-reporter")
    public Page<PostingRequestView> mine(@QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("20") int size) {
        return requests.ofMyUnit(Paging.of(page, size, null));
    }

    @GET
    @Path("/open")
    public Page<PostingRequestView> open(@QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("20") int size) {
        return requests.open(Paging.of(page, size, null));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"editor", "approver", "unit-reporter"})
    public PostingRequestView get(@PathParam("id") long id) {
        return requests.get(id);
    }

    @POST
    @Path("/{id}/post")
    public PostingRequestView post(@PathParam("id") long id, LegalDocumentDraft document) {
        return requests.post(id, document);
    }

    @POST
    @Path("/{id}/decline")
    public PostingRequestView decline(@PathParam("id") long id, Decline decline) {
        return requests.decline(id, decline == null ? null : decline.reason());
    }
}
