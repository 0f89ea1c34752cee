package vn.ttdt.portal.admin.api;

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
import vn.ttdt.portal.batch.accountreview.AccountReviewFindingView;
import vn.ttdt.portal.batch.accountreview.AccountReviewJobs;
import vn.ttdt.portal.batch.JobExecutionView;

/**
 * Batch jobs of the IT administrator: {@code POST /jobs/dormant-accounts?days=90} starts an
 * account review and answers {@code {"executionId":N}}; the execution and its findings can then be read.
 */
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed("it-admin")
public class JobsResource {

    @Inject
    private AccountReviewJobs accountReviews;

    @POST
    @Path("/dormant-accounts")
    public Map<String, Long> startAccountReview(@QueryParam("days") @DefaultValue("90") int days) {
        return Map.of("executionId", accountReviews.start(days));
    }

    @POST
    @Path("/executions/{id}/restart")
    public Map<String, Long> restart(@PathParam("id") long executionId) {
        return Map.of("executionId", accountReviews.restart(executionId));
    }

    @GET
    @Path("/executions/{id}")
    public JobExecutionView execution(@PathParam("id") long executionId) {
        return accountReviews.execution(executionId);
    }

    @GET
    @Path("/executions/{id}/account-review")
    public List<AccountReviewFindingView> findings(@PathParam("id") long executionId) {
        return accountReviews.findings(executionId);
    }
}
