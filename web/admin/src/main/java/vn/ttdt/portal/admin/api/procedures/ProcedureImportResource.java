package vn.ttdt.portal.admin.api.procedures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ttdt.portal.procedures.application.ProcedureBatch;
import vn.ttdt.portal.procedures.application.ProcedureImport;

/**
 * {@code POST /admin/api/v1/import/procedures}: a procedure catalogue, all or nothing; a bad record answers 400 listing
 * each problem with its record number.
 */
@Path("/import/procedures")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "approver"})
public class ProcedureImportResource {

    @Inject
    private ProcedureImport procedureImport;

    @POST
    public ProcedureImport.Result importProcedures(@NotNull ProcedureBatch batch) {
        return procedureImport.importBatch(batch);
    }
}
