package vn.ttdt.portal.batch.royalty;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.shared.application.BatchRunGuard;
import vn.ttdt.portal.shared.application.ScheduledRuns;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * On the first day of each month at 02:00 (Vietnam), computes the previous month's payroll as a draft for finance to check,
 * on one node of the site ({@link ScheduledRuns}).
 */
@Singleton
@PermitAll
public class MonthlyPayrollSchedule {

    private static final Logger LOG = Logger.getLogger(MonthlyPayrollSchedule.class.getName());

    @Inject
    private PayrollComputation computation;

    @Inject
    private BatchRunGuard guard;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

    @Schedule(dayOfMonth = "1", hour = "2", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void computeLastMonthsDraft() {
        if (!runs.take("monthly-payroll", ScheduledRuns.MINUTE)) {
            return;
        }
        YearMonth lastMonth = YearMonth.from(clock.instant().atZone(BusinessCalendar.ZONE)).minusMonths(1);
        try {
            long executionId = PayrollJobStarter.start(computation, guard, lastMonth, null);
            LOG.info(() -> "Monthly payroll draft of " + lastMonth + " started: execution " + executionId);
        } catch (BusinessRuleException e) {
            LOG.log(Level.INFO, "Monthly payroll draft of {0} not started: {1}", new Object[] {lastMonth, e.getMessage()});
        }
    }
}
