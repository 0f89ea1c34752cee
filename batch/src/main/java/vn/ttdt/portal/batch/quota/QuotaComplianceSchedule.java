package vn.ttdt.portal.batch.quota;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The quota job's calendar (Vietnam time): a provisional run of the current quarter every Monday at 06:00, and the
 * final run of the quarter just ended on the first day of the next one at 05:00. Timers are not persistent, so a
 * restarted server never runs a missed time twice; a run refused (quarter locked by its final run, or a run of the
 * same quarter going) is only logged, so a second start of the same run changes nothing.
 */
@Singleton
@PermitAll
public class QuotaComplianceSchedule {

    private static final Logger LOG = Logger.getLogger(QuotaComplianceSchedule.class.getName());

    @Inject
    private QuotaComplianceComputation computation;

    @Inject
    private Clock clock;

    @Schedule(dayOfWeek = "Mon", hour = "6", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void provisionalRunOfTheCurrentQuarter() {
        start(Quarter.of(clock.instant()), false);
    }

    @Schedule(dayOfMonth = "1", month = "1,4,7,10", hour = "5", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void finalRunOfTheQuarterJustEnded() {
        start(previous(Quarter.of(clock.instant())), true);
    }

    static Quarter previous(Quarter quarter) {
        return quarter.number() == 1 ? new Quarter(quarter.year() - 1, 4) : new Quarter(quarter.year(), quarter.number() - 1);
    }

    private void start(Quarter quarter, boolean finalRun) {
        try {
            long executionId = QuotaJobStarter.start(computation, quarter, finalRun, null);
            LOG.info(() -> "Quota compliance " + (finalRun ? "final" : "provisional") + " run of " + quarter
                    + " started: execution " + executionId);
        } catch (BusinessRuleException e) {
            LOG.log(Level.INFO, "Quota compliance run of {0} not started: {1}", new Object[] {quarter, e.getMessage()});
        }
    }
}
