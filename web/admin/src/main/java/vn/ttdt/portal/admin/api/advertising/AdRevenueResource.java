package vn.ttdt.portal.admin.api.advertising;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ttdt.portal.site.advertising.application.RevenueReport;
import vn.ttdt.portal.site.advertising.application.RevenueReports;
import vn.ttdt.portal.site.advertising.infrastructure.export.RevenueSpreadsheet;

/** The yearly advertising revenue for the board and finance: {@code GET /advertising/revenue/2026} and its spreadsheet. */
@Path("/advertising/revenue")
@RolesAllowed({"approver", "finance"})
public class AdRevenueResource {

    @Inject
    private RevenueReports reports;

    @GET
    @Path("/{year: [0-9]+}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public RevenueReport year(@PathParam("year") int year) {
        return reports.year(year);
    }

    @GET
    @Path("/{year: [0-9]+}/revenue.xlsx")
    @Produces(RevenueSpreadsheet.MEDIA_TYPE)
    public Response spreadsheet(@PathParam("year") int year) {
        byte[] workbook = RevenueSpreadsheet.of(reports.year(year));
        return Response.ok(workbook, RevenueSpreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"doanh-thu-quang-cao-" + year + ".xlsx\"")
                .header("Cache-Control", "no-store").build();
    }
}
