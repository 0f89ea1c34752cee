package vn.ttdt.portal.batch.quota;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.util.Properties;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.shared.application.BatchRunGuard;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * Starts the quota job for a quarter or a range of quarters unless one of them is locked, a final run is early, or a
 * run of one of them is going (on any node: the start holds each quarter's {@link BatchRunGuard}, in order, until its
 * transaction ends).
 */
final class QuotaJobStarter {

    private QuotaJobStarter() {
    }

    static long start(QuotaComplianceComputation computation, BatchRunGuard guard, QuarterRange range, boolean finalRun,
                      Integer chunk) {
        guard.hold(QuotaJobParameters.JOB, range.quarters().stream().map(quarter -> quarter.year() + "-Q" + quarter.number()).toList());
        computation.checkCanRun(range, finalRun);
        JobOperator operator = BatchRuntime.getJobOperator();
        checkNotRunning(operator, range);
        Properties parameters = new Properties();
        parameters.setProperty("year", Integer.toString(range.first().year()));
        parameters.setProperty("quarter", Integer.toString(range.first().number()));
        parameters.setProperty("toYear", Integer.toString(range.last().year()));
        parameters.setProperty("toQuarter", Integer.toString(range.last().number()));
        parameters.setProperty("final", Boolean.toString(finalRun));
        if (chunk != null) {
            if (chunk < 1 || chunk > 1000) {
                throw new BusinessRuleException("quota.chunk.range", "chunk " + chunk);
            }
            parameters.setProperty("chunk", chunk.toString());
        }
        return operator.start(QuotaJobParameters.JOB, parameters);
    }

    private static void checkNotRunning(JobOperator operator, QuarterRange range) {
        if (!operator.getJobNames().contains(QuotaJobParameters.JOB)) {
            return;
        }
        for (Long running : operator.getRunningExecutions(QuotaJobParameters.JOB)) {
            QuarterRange other = QuotaJobParameters.range(operator.getJobExecution(running).getJobParameters());
            if (range.overlaps(other)) {
                throw new BusinessRuleException("quota.running", other + " running in " + running, label(other));
            }
        }
    }

    static QuarterRange rangeOf(JobExecution execution) {
        return QuotaJobParameters.range(execution.getJobParameters());
    }

    private static String label(QuarterRange range) {
        return range.single() ? QuarterTable.label(range.first())
                : QuarterTable.label(range.first()) + "–" + QuarterTable.label(range.last());
    }
}
