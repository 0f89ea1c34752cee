package vn.ttdt.portal.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.DailySalts;

/**
 * Forgets who voted and who visited once their day is over: every hour it tells the contexts keeping daily keys
 * ({@link DailyKeysExpired}: the ratings clear their voter keys, the visitor statistics count and delete theirs) and
 * deletes those days' salts, once in the cluster ({@link ScheduledRuns}), so that no stored key can be tied to a network address afterwards.
 */
@Singleton
@PermitAll
public class DailyKeysTimer {

    @Inject
    private Event<DailyKeysExpired> expired;

    @Inject
    private DailySalts salts;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "5", second = "0", persistent = false)
    public void run() {
        if (!runs.take("daily-keys", ScheduledRuns.MINUTE)) {
            return;
        }
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        expired.fire(new DailyKeysExpired(today));
        salts.forgetBefore(today);
    }
}
