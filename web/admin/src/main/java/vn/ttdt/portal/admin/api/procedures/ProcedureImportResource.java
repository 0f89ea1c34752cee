package vn.ttdt.portal.admin.api.procedures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.procedures.application.ProcedureBatch;
import vn.ttdt.portal.procedures.application.ProcedureImport;

/**
 * {@code POST /admin/api/v1/import/procedures}: a procedure catalogue as JSON or as a spreadsheet of the province's
 * layout (XLSX), all or nothing; a bad record answers 400 listing each problem with its record number.
 */
@Path("/import/procedures")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"editor", "approver"})
public class ProcedureImportResource {

    @Inject
    private ProcedureImport procedureImport;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureImport.Result importProcedures(@NotNull ProcedureBatch batch) {
        return procedureImport.importBatch(batch);
    }

    /** The spreadsheet's bytes; beyond the documents' size limit it is refused unread. */
    @POST
    @Consumes(XLSX)
    public ProcedureImport.Result importSpreadsheet(InputStream body) throws IOException {
        return procedureImport.importSpreadsheet(body.readNBytes((int) MediaLimits.DEFAULT.documentBytes() + 1));
    }
}
