package vn.ttdt.portal.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import vn.ttdt.portal.shared.domain.NotFoundException;

/** A job's executions by id: another job's execution is as unknown to it as an id never used. */
public final class JobExecutions {

    private JobExecutions() {
    }

    /** The execution {@code executionId} of the job {@code jobName}; not found when it belongs to another job. */
    public static JobExecution of(JobOperator operator, String jobName, long executionId) {
        JobExecution execution = operator.getJobExecution(executionId);
        if (!jobName.equals(execution.getJobName())) {
            throw new NotFoundException("execution of " + jobName, executionId);
        }
        return execution;
    }
}
