package vn.ttdt.portal.admin.api.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ttdt.portal.admin.api.DayParameter;
import vn.ttdt.portal.site.statistics.application.VisitReport;
import vn.ttdt.portal.site.statistics.application.VisitReports;
import vn.ttdt.portal.site.statistics.infrastructure.export.VisitStatisticsSpreadsheet;

/**
 * The visitor statistics of a period for the editorial board and the IT administrator:
 * {@code GET /statistics/visits?from=2026-11-01&to=2026-11-30} and the same as a spreadsheet.
 */
@Path("/statistics")
@RolesAllowed({"editor", "approver", "it-admin"})
public class VisitStatisticsResource {

    @Inject
    private VisitReports reports;

    @GET
    @Path("/visits")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public VisitReport visits(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.of(DayParameter.of(from, "from"), DayParameter.of(to, "to"));
    }

    @GET
    @Path("/visits.xlsx")
    @Produces(VisitStatisticsSpreadsheet.MEDIA_TYPE)
    public Response spreadsheet(@QueryParam("from") String from, @QueryParam("to") String to) {
        VisitReport report = reports.of(DayParameter.of(from, "from"), DayParameter.of(to, "to"));
        return Response.ok(VisitStatisticsSpreadsheet.of(report), VisitStatisticsSpreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-truy-cap-" + report.from() + "-" + report.to() + ".xlsx\"")
                .header("Cache-Control", "no-store").build();
    }
}
