package vn.ttdt.portal.batch.royalty;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.time.YearMonth;
import java.util.Properties;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.shared.application.BatchRunGuard;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * Starts the payroll job for a month unless its payroll is locked or a run of the month is still going (on any node:
 * the start holds the month's {@link BatchRunGuard} until its transaction ends).
 */
final class PayrollJobStarter {

    private PayrollJobStarter() {
    }

    static long start(PayrollComputation computation, BatchRunGuard guard, YearMonth month, Integer chunk) {
        guard.hold(RoyaltyPayrollJobs.JOB, month.toString());
        computation.checkCanRun(month);
        JobOperator operator = BatchRuntime.getJobOperator();
        if (operator.getJobNames().contains(RoyaltyPayrollJobs.JOB)) {
            for (Long running : operator.getRunningExecutions(RoyaltyPayrollJobs.JOB)) {
                JobExecution execution = operator.getJobExecution(running);
                if (month.toString().equals(execution.getJobParameters().getProperty("month"))) {
                    throw new BusinessRuleException("payroll.running", "month " + month + " running in " + running, BusinessCalendar.monthLabel(month));
                }
            }
        }
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        if (chunk != null) {
            if (chunk < 1 || chunk > 5000) {
                throw new BusinessRuleException("payroll.chunk.range", "chunk " + chunk);
            }
            parameters.setProperty("chunk", chunk.toString());
        }
        return operator.start(RoyaltyPayrollJobs.JOB, parameters);
    }
}
