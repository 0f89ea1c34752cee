package vn.ttdt.portal.admin.api.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.batch.quota.QuotaComplianceJobs;
import vn.ttdt.portal.batch.quota.QuotaJobParameters;
import vn.ttdt.portal.batch.quota.QuotaRunView;

/**
 * The quarterly quota job: {@code POST /jobs/quota-compliance?year=2023&quarter=1} answers {@code {"executionId":N}}
 * ({@code final=true} for the run that locks an ended quarter; {@code toYear=2025&toQuarter=4} for every quarter up to
 * that one in the same run); a run's progress, the history, and the restart of an interrupted run.
 */
@Path("/jobs/quota-compliance")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"approver", "it-admin"})
public class QuotaComplianceJobsResource {

    @Inject
    private QuotaComplianceJobs jobs;

    @POST
    public Map<String, Long> start(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @QueryParam("toYear") String toYear, @QueryParam("toQuarter") String toQuarter,
            @QueryParam("final") @DefaultValue("false") boolean finalRun, @QueryParam("chunk") Integer chunk) {
        return Map.of("executionId", jobs.start(QuotaJobParameters.range(year, quarter, toYear, toQuarter), finalRun, chunk));
    }

    @GET
    @Path("/executions")
    @RolesAllowed({"approver", "it-admin", "quota-supervisor"})
    public List<QuotaRunView> history(@QueryParam("max") @DefaultValue("20") int max) {
        return jobs.history(Math.max(1, Math.min(max, 200)));
    }

    @GET
    @Path("/executions/{id}")
    @RolesAllowed({"approver", "it-admin", "quota-supervisor"})
    public QuotaRunView run(@PathParam("id") long executionId) {
        return jobs.run(executionId);
    }

    @POST
    @Path("/executions/{id}/restart")
    public Map<String, Long> restart(@PathParam("id") long executionId) {
        return Map.of("executionId", jobs.restart(executionId));
    }
}
