package vn.ttdt.portal.admin.api.royalty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.batch.royalty.PayrollMonth;
import vn.ttdt.portal.royalty.application.PayrollService;
import vn.ttdt.portal.royalty.application.PayrollSheet;
import vn.ttdt.portal.royalty.application.PayrollView;
import vn.ttdt.portal.royalty.infrastructure.export.BankTransferFile;
import vn.ttdt.portal.royalty.infrastructure.export.PayrollSpreadsheet;
import vn.ttdt.portal.royalty.infrastructure.export.SignatureSheetPdf;

/**
 * Monthly payrolls for finance: {@code GET /payrolls/2023-09} (lines and totals), {@code POST …/approve},
 * {@code POST …/paid}, contacts with payees who cannot be reached, and the exports for finance: the signature sheet
 * (PDF), the spreadsheet (.xlsx) and the bank transfer file (CSV).
 */
@Path("/payrolls")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"finance", "approver"})
public class PayrollsResource {

    public record Payment(LocalDate paidOn) {
    }

    public record Contact(boolean reached, String note) {
    }

    @Inject
    private PayrollService payrolls;

    @GET
    public List<PayrollView> all() {
        return payrolls.all();
    }

    @GET
    @Path("/{month}")
    public PayrollView get(@PathParam("month") String month) {
        return payrolls.get(PayrollMonth.parse(month));
    }

    @POST
    @Path("/{month}/approve")
    @RolesAllowed("finance")
    public PayrollView approve(@PathParam("month") String month) {
        return payrolls.approve(PayrollMonth.parse(month));
    }

    @POST
    @Path("/{month}/paid")
    @RolesAllowed("finance")
    public PayrollView paid(@PathParam("month") String month, Payment payment) {
        return payrolls.markPaid(PayrollMonth.parse(month), payment == null ? null : payment.paidOn());
    }

    @POST
    @Path("/{month}/payees/{payee}/contacts")
    @RolesAllowed("finance")
    public PayrollView contact(@PathParam("month") String month, @PathParam("payee") String payeeKey, Contact contact) {
        return payrolls.recordContact(PayrollMonth.parse(month), payeeKey, contact != null && contact.reached(),
                contact == null ? null : contact.note());
    }

    @GET
    @Path("/{month}/signature-sheet.pdf")
    @Produces(SignatureSheetPdf.MEDIA_TYPE)
    public Response signatureSheet(@PathParam("month") String month) {
        PayrollSheet sheet = payrolls.sheet(PayrollMonth.parse(month));
        return download((StreamingOutput) out -> SignatureSheetPdf.write(sheet, payrolls.place(), out), SignatureSheetPdf.MEDIA_TYPE,
                "bang-ke-nhuan-but-" + month + ".pdf");
    }

    @GET
    @Path("/{month}/payroll.xlsx")
    @Produces(PayrollSpreadsheet.MEDIA_TYPE)
    public Response spreadsheet(@PathParam("month") String month) {
        PayrollSheet sheet = payrolls.sheet(PayrollMonth.parse(month));
        return download((StreamingOutput) out -> PayrollSpreadsheet.write(sheet, out), PayrollSpreadsheet.MEDIA_TYPE,
                "nhuan-but-" + month + ".xlsx");
    }

    @GET
    @Path("/{month}/bank-transfer.csv")
    @Produces(BankTransferFile.MEDIA_TYPE)
    public Response bankTransfer(@PathParam("month") String month) {
        PayrollSheet sheet = payrolls.sheet(PayrollMonth.parse(month));
        String shortName = payrolls.siteShortName();
        return download((StreamingOutput) out -> BankTransferFile.write(sheet, shortName, out), BankTransferFile.MEDIA_TYPE,
                "chuyen-khoan-nhuan-but-" + month + ".csv");
    }

    private static Response download(StreamingOutput body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
