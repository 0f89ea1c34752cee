package vn.ttdt.portal.batch.accountreview;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Properties;
import vn.ttdt.portal.batch.JobExecutionView;
import vn.ttdt.portal.batch.JobExecutions;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.domain.AccountReviewRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.application.RequestOrigin;

/**
 * Starts, follows and restarts the dormant-accounts job for the IT administrator; an execution of another job (such as
 * a payroll run) is unknown here.
 */
@Stateless
@RolesAllowed(Role.IT_ADMIN_NAME)
public class AccountReviewJobs {

    public static final String JOB = "dormant-accounts";

    @Inject
    private AccountReviewRepository reviews;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Resource
    private SessionContext caller;

    public long start(@Min(value = 1, message = "{accountReview.days.range}") @Max(value = 3650, message = "{accountReview.days.range}") int days) {
        Properties parameters = new Properties();
        parameters.setProperty("days", Integer.toString(days));
        long executionId = operator().start(JOB, parameters);
        audit.record(caller.getCallerPrincipal().getName(), AuditAction.ACCOUNT_REVIEW_STARTED, "job-execution",
                executionId, "days=" + days, origin.remoteAddress());
        return executionId;
    }

    public long restart(long executionId) {
        JobOperator operator = operator();
        ownExecution(operator, executionId);
        return operator.restart(executionId, new Properties());
    }

    public JobExecutionView execution(long executionId) {
        JobOperator operator = operator();
        return JobExecutionView.of(ownExecution(operator, executionId), operator.getJobInstance(executionId).getInstanceId());
    }

    public List<AccountReviewFindingView> findings(long executionId) {
        JobOperator operator = operator();
        ownExecution(operator, executionId);
        return reviews.findings(operator.getJobInstance(executionId).getInstanceId()).stream()
                .map(AccountReviewFindingView::of).toList();
    }

    private static JobExecution ownExecution(JobOperator operator, long executionId) {
        return JobExecutions.of(operator, JOB, executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
