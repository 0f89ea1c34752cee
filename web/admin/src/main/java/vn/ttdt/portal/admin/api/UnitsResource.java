package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import vn.ttdt.portal.organisation.application.UnitDraft;
import vn.ttdt.portal.organisation.application.UnitGroupSummary;
import vn.ttdt.portal.organisation.application.UnitService;
import vn.ttdt.portal.organisation.application.UnitSummary;
import vn.ttdt.portal.organisation.domain.UnitFilter;
import vn.ttdt.portal.shared.domain.Page;

/** Units: read by all staff, maintained by the IT administrator. */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"contributor", "unit-reporter", "editor", "approver", "quota-supervisor", "finance", "it-admin"})
public class UnitsResource {

    @Inject
    private UnitService units;

    @GET
    public Page<UnitSummary> list(@QueryParam("q") String text, @QueryParam("group") Long groupId,
                                  @QueryParam("active") Boolean active,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("20") int size,
                                  @QueryParam("sort") String sort) {
        return units.search(new UnitFilter(text, groupId, active), Paging.of(page, size, sort));
    }

    @GET
    @Path("/groups")
    public List<UnitGroupSummary> groups() {
        return units.groups();
    }

    @GET
    @Path("/{id}")
    public UnitSummary get(@PathParam("id") long id) {
        return units.get(id);
    }

    @POST
    @RolesAllowed("it-admin")
    public Response create(UnitDraft draft) {
        UnitSummary created = units.create(draft);
        return Response.created(URI.create("units/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("it-admin")
    public UnitSummary update(@PathParam("id") long id, UnitDraft draft) {
        return units.update(id, draft);
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed("it-admin")
    public UnitSummary deactivate(@PathParam("id") long id) {
        return units.deactivate(id);
    }

    @POST
    @Path("/{id}/reactivate")
    @RolesAllowed("it-admin")
    public UnitSummary reactivate(@PathParam("id") long id) {
        return units.reactivate(id);
    }
}
