package vn.ttdt.portal.batch.quota;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.domain.FinalRunCatchUp;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.shared.application.BatchRunGuard;
import vn.ttdt.portal.shared.application.ScheduledRuns;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The quota job's calendar (Vietnam time): a provisional run of the current quarter every Monday at 06:00, and the
 * final run of the quarter just ended on the first day of the next one at 05:00. Timers are not persistent, so a
 * restarted server never runs a missed time twice; a final run the server missed (down at 05:00 on the first day) is
 * caught up a minute after the next start and at every hourly tick until the quarter is locked ({@link
 * vn.ttdt.portal.quota.domain.FinalRunCatchUp}). A run refused (quarter locked by its final run, or a run of the same
 * quarter going) is only logged, so a second start of the same run changes nothing. Each schedule runs on one node of
 * the site ({@link ScheduledRuns}).
 */
@Singleton
@Startup
@PermitAll
public class QuotaComplianceSchedule {

    private static final Duration CATCH_UP_AFTER_START = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(QuotaComplianceSchedule.class.getName());

    @Inject
    private QuotaComplianceComputation computation;

    @Inject
    private BatchRunGuard guard;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    @PostConstruct
    void catchUpAfterStart() {
        timers.createSingleActionTimer(CATCH_UP_AFTER_START.toMillis(), new TimerConfig("quota final run catch-up", false));
    }

    @Timeout
    void startedAMinuteAgo() {
        catchUpAMissedFinalRun();
    }

    @Schedule(hour = "*", minute = "20", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void catchUpAMissedFinalRun() {
        if (!runs.take("quota-final-run-catch-up", ScheduledRuns.MINUTE)) {
            return;
        }
        computation.missedFinalRun().ifPresent(quarter -> start(quarter, true));
    }

    @Schedule(dayOfWeek = "Mon", hour = "6", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void provisionalRunOfTheCurrentQuarter() {
        if (!runs.take("quota-provisional-run", ScheduledRuns.MINUTE)) {
            return;
        }
        start(Quarter.of(clock.instant()), false);
    }

    @Schedule(dayOfMonth = "1", month = "1,4,7,10", hour = "5", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void finalRunOfTheQuarterJustEnded() {
        if (!runs.take("quota-final-run", ScheduledRuns.MINUTE)) {
            return;
        }
        start(previous(Quarter.of(clock.instant())), true);
    }

    static Quarter previous(Quarter quarter) {
        return FinalRunCatchUp.quarterBefore(quarter);
    }

    private void start(Quarter quarter, boolean finalRun) {
        try {
            long executionId = QuotaJobStarter.start(computation, guard, QuarterRange.of(quarter), finalRun, null);
            LOG.info(() -> "Quota compliance " + (finalRun ? "final" : "provisional") + " run of " + quarter
                    + " started: execution " + executionId);
        } catch (BusinessRuleException e) {
            LOG.log(Level.INFO, "Quota compliance run of {0} not started: {1}", new Object[] {quarter, e.getMessage()});
        }
    }
}
