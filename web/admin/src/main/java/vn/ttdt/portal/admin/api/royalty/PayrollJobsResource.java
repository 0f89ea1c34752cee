package vn.ttdt.portal.admin.api.royalty;

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
import vn.ttdt.portal.batch.royalty.PayrollRunView;
import vn.ttdt.portal.batch.royalty.RoyaltyPayrollJobs;

/**
 * The monthly payroll job: {@code POST /jobs/royalty-payroll?month=2023-09} answers {@code {"executionId":N}};
 * a run's progress, the history, and the restart of an interrupted run.
 */
@Path("/jobs/royalty-payroll")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed("finance")
public class PayrollJobsResource {

    @Inject
    private RoyaltyPayrollJobs jobs;

    @POST
    public Map<String, Long> start(@QueryParam("month") String month, @QueryParam("chunk") Integer chunk) {
        return Map.of("executionId", jobs.start(month, chunk));
    }

    @GET
    @Path("/executions")
    @RolesAllowed({"finance", "approver"})
    public List<PayrollRunView> history(@QueryParam("max") @DefaultValue("20") int max) {
        return jobs.history(Math.max(1, Math.min(max, 200)));
    }

    @GET
    @Path("/executions/{id}")
    @RolesAllowed({"finance", "approver"})
    public PayrollRunView run(@PathParam("id") long executionId) {
        return jobs.run(executionId);
    }

    @POST
    @Path("/executions/{id}/restart")
    public Map<String, Long> restart(@PathParam("id") long executionId) {
        return Map.of("executionId", jobs.restart(executionId));
    }
}
