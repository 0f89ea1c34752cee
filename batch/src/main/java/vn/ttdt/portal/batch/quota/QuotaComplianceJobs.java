package vn.ttdt.portal.batch.quota;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.batch.JobExecutions;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.shared.application.BatchRunGuard;
import vn.ttdt.portal.shared.application.RequestOrigin;

/**
 * The board (and the IT administrator) start the quarterly quota job by hand (a quarter, or a range of quarters in one
 * run), follow its progress and history, and
 * restart a run that failed or was cut short by a crash (it resumes after its last checkpoint). Quota supervisors
 * follow the runs.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
public class QuotaComplianceJobs {

    @Inject
    private QuotaComplianceComputation computation;

    @Inject
    private BatchRunGuard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Resource
    private SessionContext caller;

    /**
     * Starts the run of a quarter or a range of quarters; {@code chunk} (rows per checkpoint, default 500) is for tuning
     * and may be null.
     */
    public long start(QuarterRange period, boolean finalRun, Integer chunk) {
        long executionId = QuotaJobStarter.start(computation, guard, period, finalRun, chunk);
        audit.record(caller.getCallerPrincipal().getName(), AuditAction.QUOTA_RUN_STARTED, "job-execution", executionId,
                period + (finalRun ? " final" : " provisional"), origin.remoteAddress());
        return executionId;
    }

    /** Restarts a failed, stopped or crashed run from its last checkpoint; answers the new execution. */
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = quotaExecution(operator, executionId);
        QuarterRange period = QuotaJobStarter.rangeOf(execution);
        computation.checkCanRun(period, QuotaJobParameters.isFinal(execution.getJobParameters().getProperty("final")));
        Properties restart = new Properties();
        restart.setProperty("jberet.restart.mode", "detect");
        long restarted = operator.restart(executionId, restart);
        audit.record(caller.getCallerPrincipal().getName(), AuditAction.QUOTA_RUN_STARTED, "job-execution", restarted,
                period + " restart of " + executionId, origin.remoteAddress());
        return restarted;
    }

    @RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME, Role.QUOTA_SUPERVISOR_NAME})
    public QuotaRunView run(long executionId) {
        return view(quotaExecution(BatchRuntime.getJobOperator(), executionId));
    }

    /** The latest runs of the job, newest first. */
    @RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME, Role.QUOTA_SUPERVISOR_NAME})
    public List<QuotaRunView> history(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecution> executions = new ArrayList<>();
        if (operator.getJobNames().contains(QuotaJobParameters.JOB)) {
            for (JobInstance instance : operator.getJobInstances(QuotaJobParameters.JOB, 0, max)) {
                executions.addAll(operator.getJobExecutions(instance));
            }
        }
        return executions.stream().sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed()).limit(max)
                .map(this::view).toList();
    }

    private static JobExecution quotaExecution(JobOperator operator, long executionId) {
        return JobExecutions.of(operator, QuotaJobParameters.JOB, executionId);
    }

    private QuotaRunView view(JobExecution execution) {
        QuarterRange range = QuotaJobStarter.rangeOf(execution);
        long instanceId = BatchRuntime.getJobOperator().getJobInstance(execution.getExecutionId()).getInstanceId();
        QuotaComplianceComputation.Progress progress = computation.progress(range);
        boolean current = progress.runId() != null && progress.runId() == instanceId;
        int written = current ? Math.min(progress.expectedRows(), progress.rowsWritten()) : 0;
        return new QuotaRunView(execution.getExecutionId(), range.first().year(), range.first().number(), range.last().year(),
                range.last().number(),
                QuotaJobParameters.isFinal(execution.getJobParameters().getProperty("final")),
                execution.getBatchStatus().name(), execution.getExitStatus(),
                execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                current ? progress.expectedRows() : 0, written, percent(execution.getBatchStatus(), current ? progress : null, written));
    }

    private static int percent(BatchStatus status, QuotaComplianceComputation.Progress progress, int written) {
        if (status == BatchStatus.COMPLETED || progress != null && progress.computed()) {
            return 100;
        }
        if (progress == null || progress.expectedRows() == 0) {
            return progress == null ? 0 : 5;
        }
        return 5 + (int) Math.min(90, 90L * written / progress.expectedRows());
    }
}
