package vn.ttdt.portal.admin.api.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.ttdt.portal.batch.quota.QuotaJobParameters;
import vn.ttdt.portal.quota.application.ComplianceRowView;
import vn.ttdt.portal.quota.application.CountedItemView;
import vn.ttdt.portal.quota.application.QuotaDashboard;
import vn.ttdt.portal.quota.application.QuotaResults;
import vn.ttdt.portal.quota.infrastructure.export.QuotaDashboardPdf;
import vn.ttdt.portal.quota.infrastructure.export.QuotaDashboardSpreadsheet;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * A quarter's compliance table: {@code GET /quota-compliance?year=2023&quarter=1} answers one row per unit (or group)
 * with required, achieved, shortfall, met and final, restricted to the rows the caller reads (the board every group,
 * a quota supervisor their groups, a unit reporter their unit); the items a row counted; the dashboard's table as a
 * spreadsheet and a PDF; the board reopens a quarter a final run locked.
 */
@Path("/quota-compliance")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"approver", "it-admin", "quota-supervisor", "unit-reporter"})
public class QuotaComplianceResource {

    @Inject
    private QuotaResults results;

    @GET
    public List<ComplianceRowView> rows(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        return results.rows(QuotaJobParameters.quarter(year, quarter));
    }

    @GET
    @Path("/{id}/items")
    public List<CountedItemView> countedItems(@PathParam("id") long id, @QueryParam("year") String year,
            @QueryParam("quarter") String quarter) {
        return results.countedItems(QuotaJobParameters.quarter(year, quarter), id);
    }

    @GET
    @Path("/dashboard.xlsx")
    @Produces(QuotaDashboardSpreadsheet.MEDIA_TYPE)
    @RolesAllowed({"approver", "quota-supervisor"})
    public Response spreadsheet(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        return download(year, quarter, QuotaDashboardSpreadsheet.MEDIA_TYPE, "xlsx", QuotaDashboardSpreadsheet::write);
    }

    @GET
    @Path("/dashboard.pdf")
    @Produces(QuotaDashboardPdf.MEDIA_TYPE)
    @RolesAllowed({"approver", "quota-supervisor"})
    public Response pdf(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        return download(year, quarter, QuotaDashboardPdf.MEDIA_TYPE, "pdf",
                (dashboard, out) -> QuotaDashboardPdf.write(dashboard, dashboard.siteName(), out));
    }

    @POST
    @Path("/reopen")
    @RolesAllowed("approver")
    public Map<String, Boolean> reopen(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        Quarter period = QuotaJobParameters.quarter(year, quarter);
        results.reopen(period);
        return Map.of("locked", results.isLocked(period));
    }

    private Response download(String year, String quarter, String mediaType, String extension,
            BiConsumer<QuotaDashboard, OutputStream> writer) {
        QuotaDashboard dashboard = results.dashboard(QuotaJobParameters.quarter(year, quarter));
        return Response.ok((StreamingOutput) out -> writer.accept(dashboard, out), mediaType)
                .header("Content-Disposition", "attachment; filename=\"chi-tieu-" + dashboard.year() + "-q" + dashboard.quarter()
                        + "." + extension + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
