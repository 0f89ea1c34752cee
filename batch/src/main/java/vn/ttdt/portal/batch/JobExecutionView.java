package vn.ttdt.portal.batch;

import jakarta.batch.runtime.JobExecution;
import java.time.Instant;

/** A batch job execution as the back-office shows it. */
public record JobExecutionView(long executionId, long instanceId, String jobName, String status, String exitStatus,
                               Instant startedAt, Instant endedAt) {

    public static JobExecutionView of(JobExecution execution, long instanceId) {
        return new JobExecutionView(execution.getExecutionId(), instanceId, execution.getJobName(),
                execution.getBatchStatus().name(), execution.getExitStatus(),
                execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant());
    }
}
