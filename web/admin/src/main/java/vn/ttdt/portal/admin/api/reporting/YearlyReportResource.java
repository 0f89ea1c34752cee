package vn.ttdt.portal.admin.api.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.function.BiConsumer;
import vn.ttdt.portal.reporting.application.YearlyReports;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.YearlyReport;
import vn.ttdt.portal.reporting.infrastructure.export.YearlyReportPdf;
import vn.ttdt.portal.reporting.infrastructure.export.YearlyReportSpreadsheet;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * The yearly operations report for the board's approvers and IT: {@code GET /reports/yearly?year=2023} as JSON (its
 * sections in order), {@code /reports/yearly.pdf?year=2023} and {@code /reports/yearly.xlsx?year=2023} to download.
 */
@Path("/reports")
@RolesAllowed({"approver", "it-admin"})
public class YearlyReportResource {

    @Inject
    private YearlyReports reports;

    @GET
    @Path("/yearly")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public YearlyReport yearly(@QueryParam("year") String year) {
        return reports.year(year(year));
    }

    @GET
    @Path("/yearly.pdf")
    @Produces(YearlyReportPdf.MEDIA_TYPE)
    public Response pdf(@QueryParam("year") String year) {
        return download(year, YearlyReportPdf.MEDIA_TYPE, "pdf", YearlyReportPdf::write);
    }

    @GET
    @Path("/yearly.xlsx")
    @Produces(YearlyReportSpreadsheet.MEDIA_TYPE)
    public Response spreadsheet(@QueryParam("year") String year) {
        return download(year, YearlyReportSpreadsheet.MEDIA_TYPE, "xlsx", YearlyReportSpreadsheet::write);
    }

    private Response download(String year, String mediaType, String extension, BiConsumer<YearlyReport, OutputStream> writer) {
        YearlyReport report = reports.year(year(year));
        return Response.ok((StreamingOutput) out -> writer.accept(report, out), mediaType)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-hoat-dong-" + report.year() + "." + extension + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static int year(String year) {
        try {
            return Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("report.year.invalid", "report year not a number: " + year,
                    String.valueOf(ReportYear.FIRST), String.valueOf(ReportYear.LAST));
        }
    }
}
