package vn.ttdt.portal.admin.api.contributors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import java.time.Clock;
import vn.ttdt.portal.admin.api.Paging;
import vn.ttdt.portal.contributors.application.ContributorDraft;
import vn.ttdt.portal.contributors.application.ContributorRecord;
import vn.ttdt.portal.contributors.application.ContributorRegistry;
import vn.ttdt.portal.contributors.application.ContributorRow;
import vn.ttdt.portal.contributors.application.Invitation;
import vn.ttdt.portal.contributors.domain.ContributorFilter;
import vn.ttdt.portal.contributors.infrastructure.export.ContributorRegistrySpreadsheet;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Page;

/**
 * The contributor registry: the board, finance and the IT administrator read it (with the works and royalties of a
 * year, the current one by default) and download it as a spreadsheet; the board enters, changes, deactivates and
 * reactivates contributors; the IT administrator creates a contributor's account ({@code POST /{id}/invitation}).
 */
@Path("/contributors")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "approver", "finance", "it-admin"})
public class ContributorsResource {

    @Inject
    private ContributorRegistry registry;

    @Inject
    private Clock clock;

    @GET
    public Page<ContributorRow> list(@QueryParam("q") String text, @QueryParam("active") Boolean active,
                                     @QueryParam("year") Integer year,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size,
                                     @QueryParam("sort") String sort) {
        return registry.search(new ContributorFilter(text, active), yearOr(year), Paging.of(page, size, sort));
    }

    @GET
    @Path("/contributors.xlsx")
    @Produces(ContributorRegistrySpreadsheet.MEDIA_TYPE)
    public Response spreadsheet(@QueryParam("q") String text, @QueryParam("active") Boolean active, @QueryParam("year") Integer year) {
        int shown = yearOr(year);
        byte[] workbook = ContributorRegistrySpreadsheet.of(shown, registry.all(new ContributorFilter(text, active), shown));
        return Response.ok(workbook, ContributorRegistrySpreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"cong-tac-vien-" + shown + ".xlsx\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id: [0-9]+}")
    public ContributorRecord get(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return registry.get(id, yearOr(year));
    }

    @POST
    @RolesAllowed({"editor", "approver"})
    public Response create(ContributorDraft draft) {
        ContributorRow created = registry.save(null, draft);
        return Response.created(URI.create("contributors/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id: [0-9]+}")
    @RolesAllowed({"editor", "approver"})
    public ContributorRow update(@PathParam("id") long id, ContributorDraft draft) {
        return registry.save(id, draft);
    }

    @POST
    @Path("/{id: [0-9]+}/deactivate")
    @RolesAllowed({"editor", "approver"})
    public ContributorRow deactivate(@PathParam("id") long id) {
        return registry.deactivate(id);
    }

    @POST
    @Path("/{id: [0-9]+}/reactivate")
    @RolesAllowed({"editor", "approver"})
    public ContributorRow reactivate(@PathParam("id") long id) {
        return registry.reactivate(id);
    }

    @POST
    @Path("/{id: [0-9]+}/invitation")
    @RolesAllowed("it-admin")
    public ContributorRow invite(@PathParam("id") long id, Invitation invitation) {
        return registry.invite(id, invitation);
    }

    private int yearOr(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new BadRequestException("year phải từ 2000 đến 2100");
        }
        return year != null ? year : BusinessCalendar.dayOf(clock.instant()).getYear();
    }
}
