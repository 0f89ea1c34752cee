package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.Quarter;

/** The final run of quarter III/2026 is due on 1 October 2026 at 05:00, Vietnam time; the server was down then. */
class FinalRunCatchUpTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final Optional<QuarterTable> PROVISIONAL = Optional.of(new QuarterTable(7, Q3, 40, false, 33, null, false));

    private static FinalRunCatchUp at(int month, int day, int hour, int minute) {
        return new FinalRunCatchUp(Clock.fixed(LocalDateTime.of(2026, month, day, hour, minute).atZone(VIETNAM).toInstant(), VIETNAM));
    }

    @Test
    void theServerStartingAgainOnTheSecondDayCatchesUpTheFinalRunOfTheQuarterJustEnded() {
        assertEquals(Optional.of(Q3), at(10, 2, 9, 30).missed(PROVISIONAL));
    }

    @Test
    void aTimerTickWeeksLaterStillCatchesItUpWhileTheQuarterIsNeitherLockedNorReopened() {
        assertEquals(Optional.of(Q3), at(11, 20, 14, 0).missed(PROVISIONAL));
    }

    @Test
    void beforeTheScheduledTimeOnTheFirstDayNothingIsMissedYet() {
        assertEquals(Optional.empty(), at(10, 1, 4, 59).missed(PROVISIONAL));
        assertEquals(Optional.of(Q3), at(10, 1, 5, 0).missed(PROVISIONAL));
    }

    @Test
    void aLockedQuarterAQuarterTheBoardReopenedAndAQuarterNeverComputedAreLeftAlone() {
        FinalRunCatchUp later = at(10, 3, 8, 0);
        assertEquals(Optional.empty(), later.missed(Optional.of(new QuarterTable(7, Q3, 41, true, 33, null, true))));
        assertEquals(Optional.empty(), later.missed(Optional.of(new QuarterTable(7, Q3, 41, true, 33, null, false, true))));
        assertEquals(Optional.empty(), later.missed(Optional.empty()));
    }

    @Test
    void aFinalRunCutShortByTheOutageIsRunAgain() {
        assertEquals(Optional.of(Q3), at(10, 1, 8, 0).missed(Optional.of(new QuarterTable(7, Q3, 41, true, 33, null, false))));
    }

    @Test
    void theQuarterBeforeTheFirstIsTheLastOfThePreviousYear() {
        assertEquals(new Quarter(2025, 4), FinalRunCatchUp.quarterBefore(new Quarter(2026, 1)));
        assertEquals(Q3, at(12, 6, 0, 0).quarterJustEnded());
    }
}
