package vn.ttdt.portal.site.rating.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.ttdt.portal.shared.application.ScheduledRuns;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.rating.domain.RatingRepository;

/**
 * Forgets who voted once their day is over: every hour it clears the voter keys of earlier days and deletes those
 * days' salts, so that no stored key can be tied to a network address afterwards.
 */
@Singleton
@PermitAll
public class RatingKeysTimer {

    @Inject
    private RatingRepository ratings;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "5", second = "0", persistent = false)
    public void run() {
        if (!runs.take("rating-keys", ScheduledRuns.MINUTE)) {
            return;
        }
        ratings.forgetBefore(BusinessCalendar.dayOf(clock.instant()));
    }
}
