package vn.ttdt.portal.batch.royalty;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.batch.JobExecutions;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.shared.application.BatchRunGuard;
import vn.ttdt.portal.shared.application.RequestOrigin;

/**
 * Finance starts the monthly payroll job, follows its progress and history, and restarts a run that failed or
 * was cut short by a crash (it resumes after its last checkpoint).
 */
@Stateless
@RolesAllowed(Role.FINANCE_NAME)
public class RoyaltyPayrollJobs {

    public static final String JOB = "royalty-payroll";

    @Inject
    private PayrollComputation computation;

    @Inject
    private BatchRunGuard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Resource
    private SessionContext caller;

    /** Starts the month's run; {@code chunk} (works per checkpoint, default 500) is for tuning and may be null. */
    public long start(String month, Integer chunk) {
        YearMonth period = PayrollMonth.parse(month);
        long executionId = PayrollJobStarter.start(computation, guard, period, chunk);
        audit.record(caller.getCallerPrincipal().getName(), AuditAction.PAYROLL_RUN_STARTED, "job-execution", executionId,
                "month=" + period, origin.remoteAddress());
        return executionId;
    }

    /** Restarts a failed, stopped or crashed run of the job from its last checkpoint; answers the new execution. */
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = payrollExecution(operator, executionId);
        YearMonth period = PayrollMonth.parse(execution.getJobParameters().getProperty("month"));
        computation.checkCanRun(period);
        Properties restart = new Properties();
        restart.setProperty("jberet.restart.mode", "detect");
        long restarted = operator.restart(executionId, restart);
        computation.followRestart(period, restarted);
        audit.record(caller.getCallerPrincipal().getName(), AuditAction.PAYROLL_RUN_STARTED, "job-execution", restarted,
                "month=" + period + " restart of " + executionId, origin.remoteAddress());
        return restarted;
    }

    @RolesAllowed({Role.FINANCE_NAME, Role.APPROVER_NAME})
    public PayrollRunView run(long executionId) {
        return view(payrollExecution(BatchRuntime.getJobOperator(), executionId));
    }

    /** The latest runs of the job, newest first. */
    @RolesAllowed({Role.FINANCE_NAME, Role.APPROVER_NAME})
    public List<PayrollRunView> history(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecution> executions = new ArrayList<>();
        if (operator.getJobNames().contains(JOB)) {
            for (JobInstance instance : operator.getJobInstances(JOB, 0, max)) {
                executions.addAll(operator.getJobExecutions(instance));
            }
        }
        return executions.stream().sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed()).limit(max)
                .map(this::view).toList();
    }

    /** The execution, unknown when it is another job's. */
    private static JobExecution payrollExecution(JobOperator operator, long executionId) {
        return JobExecutions.of(operator, JOB, executionId);
    }

    private PayrollRunView view(JobExecution execution) {
        String month = execution.getJobParameters() == null ? null : execution.getJobParameters().getProperty("month");
        PayrollComputation.Progress progress = month == null ? new PayrollComputation.Progress(null, 0, 0, false)
                : computation.progress(PayrollMonth.parse(month));
        boolean current = progress.executionId() != null && progress.executionId() == execution.getExecutionId();
        int written = current ? Math.min(progress.expectedWorks(), progress.worksWritten()) : 0;
        int percent = percent(execution.getBatchStatus(), current ? progress : null, written);
        return new PayrollRunView(execution.getExecutionId(), month, execution.getBatchStatus().name(), execution.getExitStatus(),
                execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                current ? progress.expectedWorks() : 0, written, percent);
    }

    private static int percent(BatchStatus status, PayrollComputation.Progress progress, int written) {
        if (status == BatchStatus.COMPLETED) {
            return 100;
        }
        if (progress == null) {
            return 0;
        }
        if (progress.computed()) {
            return 100;
        }
        if (progress.expectedWorks() == 0) {
            return 5;
        }
        return 5 + (int) Math.min(90, 90L * written / progress.expectedWorks());
    }
}
