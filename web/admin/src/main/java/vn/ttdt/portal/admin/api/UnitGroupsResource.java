package vn.ttdt.portal.admin.api;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.ttdt.portal.organisation.application.SupervisionDraft;
import vn.ttdt.portal.organisation.application.SupervisionEnd;
import vn.ttdt.portal.organisation.application.SupervisorChoice;
import vn.ttdt.portal.organisation.application.UnitGroupDetails;
import vn.ttdt.portal.organisation.application.UnitGroupDraft;
import vn.ttdt.portal.organisation.application.UnitGroupService;

/**
 * Unit groups and their supervisors (dated): maintained by the board's approvers and the IT administrator; a quota
 * supervisor reads the groups they supervise, and another group answers 404 like an unknown one.
 */
@Path("/unit-groups")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"approver", "it-admin", "quota-supervisor"})
public class UnitGroupsResource {

    @Inject
    private UnitGroupService groups;

    @GET
    public List<UnitGroupDetails> list() {
        return groups.list();
    }

    @POST
    @RolesAllowed({"approver", "it-admin"})
    public Response create(UnitGroupDraft draft) {
        UnitGroupDetails created = groups.create(draft);
        return Response.created(URI.create("unit-groups/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/supervisor-choices")
    @RolesAllowed({"approver", "it-admin"})
    public List<SupervisorChoice> supervisorChoices() {
        return groups.supervisorChoices();
    }

    @GET
    @Path("/{id}")
    public UnitGroupDetails get(@PathParam("id") long id) {
        return groups.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"approver", "it-admin"})
    public UnitGroupDetails update(@PathParam("id") long id, UnitGroupDraft draft) {
        return groups.update(id, draft);
    }

    @POST
    @Path("/{id}/supervisors")
    @RolesAllowed({"approver", "it-admin"})
    public UnitGroupDetails assign(@PathParam("id") long id, SupervisionDraft draft) {
        return groups.assign(id, draft);
    }

    @POST
    @Path("/{id}/supervisors/{assignment}/end")
    @RolesAllowed({"approver", "it-admin"})
    public UnitGroupDetails endAssignment(@PathParam("id") long id, @PathParam("assignment") long assignment, SupervisionEnd end) {
        return groups.endAssignment(id, assignment, end);
    }
}
