package vn.ttdt.portal.batch.quota;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.util.Properties;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.shared.application.BatchRunGuard;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * Starts the quota job for a quarter unless the quarter is locked, a final run is early, or a run of it is going (on any
 * node: the start holds the quarter's {@link BatchRunGuard} until its transaction ends).
 */
final class QuotaJobStarter {

    private QuotaJobStarter() {
    }

    static long start(QuotaComplianceComputation computation, BatchRunGuard guard, Quarter quarter, boolean finalRun, Integer chunk) {
        guard.hold(QuotaJobParameters.JOB, quarter.year() + "-Q" + quarter.number());
        computation.checkCanRun(quarter, finalRun);
        JobOperator operator = BatchRuntime.getJobOperator();
        checkNotRunning(operator, quarter);
        Properties parameters = new Properties();
        parameters.setProperty("year", Integer.toString(quarter.year()));
        parameters.setProperty("quarter", Integer.toString(quarter.number()));
        parameters.setProperty("final", Boolean.toString(finalRun));
        if (chunk != null) {
            if (chunk < 1 || chunk > 1000) {
                throw new BusinessRuleException("quota.chunk.range", "chunk " + chunk);
            }
            parameters.setProperty("chunk", chunk.toString());
        }
        return operator.start(QuotaJobParameters.JOB, parameters);
    }

    private static void checkNotRunning(JobOperator operator, Quarter quarter) {
        if (!operator.getJobNames().contains(QuotaJobParameters.JOB)) {
            return;
        }
        for (Long running : operator.getRunningExecutions(QuotaJobParameters.JOB)) {
            Properties parameters = operator.getJobExecution(running).getJobParameters();
            if (quarter.equals(QuotaJobParameters.quarter(parameters.getProperty("year"), parameters.getProperty("quarter")))) {
                throw new BusinessRuleException("quota.running", quarter + " running in " + running, QuarterTable.label(quarter));
            }
        }
    }

    static Quarter quarterOf(JobExecution execution) {
        Properties parameters = execution.getJobParameters();
        return QuotaJobParameters.quarter(parameters.getProperty("year"), parameters.getProperty("quarter"));
    }
}
