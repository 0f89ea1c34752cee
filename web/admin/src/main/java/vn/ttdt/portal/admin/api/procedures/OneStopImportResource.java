package vn.ttdt.portal.admin.api.procedures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import vn.ttdt.portal.procedures.application.OneStopImport;
import vn.ttdt.portal.procedures.domain.OneStopCsv;

/**
 * {@code POST /admin/api/v1/import/one-stop?period=2023-03} with a {@code text/csv} body: a month of one-stop results,
 * all or nothing; a bad file answers 400 listing each problem with its line number.
 */
@Path("/import/one-stop")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"approver", "editor", "unit-reporter"})
public class OneStopImportResource {

    @Inject
    private OneStopImport oneStop;

    @POST
    @Consumes("text/csv")
    public OneStopImport.Result importCsv(@QueryParam("period") String period, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(OneStopCsv.MAX_BYTES + 1);
        return oneStop.importCsv(period, bytes);
    }
}
