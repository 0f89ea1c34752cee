package vn.ttdt.portal.admin.api.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.batch.quota.QuotaJobParameters;
import vn.ttdt.portal.quota.application.ComplianceRowView;
import vn.ttdt.portal.quota.application.QuotaResults;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * A quarter's compliance table: {@code GET /quota-compliance?year=2023&quarter=1} answers one row per unit (or group)
 * with required, achieved, shortfall, met and final; the board reopens a quarter a final run locked.
 */
@Path("/quota-compliance")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"approver", "it-admin", "quota-supervisor"})
public class QuotaComplianceResource {

    @Inject
    private QuotaResults results;

    @GET
    public List<ComplianceRowView> rows(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        return results.rows(QuotaJobParameters.quarter(year, quarter));
    }

    @POST
    @Path("/reopen")
    @RolesAllowed("approver")
    public Map<String, Boolean> reopen(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        Quarter period = QuotaJobParameters.quarter(year, quarter);
        results.reopen(period);
        return Map.of("locked", results.isLocked(period));
    }
}
