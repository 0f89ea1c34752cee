package vn.ttdt.portal.admin.api.procedures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.ttdt.portal.admin.api.Paging;
import vn.ttdt.portal.procedures.application.ProcedureDraft;
import vn.ttdt.portal.procedures.application.ProcedureService;
import vn.ttdt.portal.procedures.application.ProcedureView;
import vn.ttdt.portal.procedures.domain.ProcedureFilter;
import vn.ttdt.portal.shared.domain.Page;

/** The procedure catalogue, kept by the editorial board (editors and approvers, among them the culture office). */
@Path("/procedures")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "approver"})
public class ProceduresResource {

    @Inject
    private ProcedureService procedures;

    @GET
    public Page<ProcedureView> list(@QueryParam("q") String words, @QueryParam("field") String field,
                                    @QueryParam("level") String level, @QueryParam("body") String body,
                                    @QueryParam("withdrawn") @DefaultValue("true") boolean withWithdrawn,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size,
                                    @QueryParam("sort") String sort) {
        return procedures.search(ProcedureFilter.published(words, field, level, body).includingWithdrawn(withWithdrawn),
                Paging.of(page, size, sort));
    }

    @GET
    @Path("/{id}")
    public ProcedureView get(@PathParam("id") long id) {
        return procedures.get(id);
    }

    @POST
    public Response create(@NotNull ProcedureDraft draft) {
        ProcedureView created = procedures.create(draft);
        return Response.created(URI.create("procedures/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public ProcedureView update(@PathParam("id") long id, @NotNull ProcedureDraft draft) {
        return procedures.update(id, draft);
    }

    @POST
    @Path("/{id}/withdraw")
    public ProcedureView withdraw(@PathParam("id") long id) {
        return procedures.withdraw(id);
    }

    @POST
    @Path("/{id}/reinstate")
    public ProcedureView reinstate(@PathParam("id") long id) {
        return procedures.reinstate(id);
    }
}
