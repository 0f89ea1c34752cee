package vn.ttdt.portal.quota.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The final run a quarter missed: the schedule runs it at 05:00 (Vietnam time) on the first day of the next quarter,
 * and when the server was down then, the next start or timer tick catches it up. Only a quarter the portal followed
 * (its table written by a provisional run) is caught up, and only while it is neither locked by a final run nor
 * reopened by the board (a reopened quarter is run again by hand).
 */
public final class FinalRunCatchUp {

    /** The scheduled final run's time after the start of the quarter's first day. */
    public static final Duration SCHEDULED_AFTER_MIDNIGHT = Duration.ofHours(5);

    private final Clock clock;

    public FinalRunCatchUp(Clock clock) {
        this.clock = clock;
    }

    /** The quarter that ended last. */
    public Quarter quarterJustEnded() {
        return quarterBefore(Quarter.of(clock.instant()));
    }

    /** {@link #quarterJustEnded()} when its final run is due and was missed, given that quarter's table (if ever written). */
    public Optional<Quarter> missed(Optional<QuarterTable> tableOfQuarterJustEnded) {
        Instant now = clock.instant();
        Instant due = Quarter.of(now).start().plus(SCHEDULED_AFTER_MIDNIGHT);
        boolean followed = tableOfQuarterJustEnded.isPresent();
        boolean settled = tableOfQuarterJustEnded.map(table -> table.locked() || table.reopened()).orElse(false);
        return !now.isBefore(due) && followed && !settled ? Optional.of(quarterJustEnded()) : Optional.empty();
    }

    public static Quarter quarterBefore(Quarter quarter) {
        return quarter.number() == 1 ? new Quarter(quarter.year() - 1, 4) : new Quarter(quarter.year(), quarter.number() - 1);
    }
}
