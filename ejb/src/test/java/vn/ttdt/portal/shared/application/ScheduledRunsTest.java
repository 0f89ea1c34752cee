package vn.ttdt.portal.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduledRunsTest {

    @Test
    void twoNodesFiringWithinOneMinuteOfASchedulePutTheirRunInTheSameSlot() {
        Instant nodeA = Instant.parse("2026-12-01T19:00:00.004Z");
        Instant nodeB = Instant.parse("2026-12-01T19:00:00.917Z");

        assertEquals(ScheduledRuns.slotOf(nodeA, ScheduledRuns.MINUTE), ScheduledRuns.slotOf(nodeB, ScheduledRuns.MINUTE));
        assertEquals(Instant.parse("2026-12-01T19:00:00Z"), ScheduledRuns.slotOf(nodeB, ScheduledRuns.MINUTE));
    }

    @Test
    void intervalTimersOfTwoNodesShareOneSlotPerInterval() {
        Duration interval = Duration.ofSeconds(15);

        assertEquals(ScheduledRuns.slotOf(Instant.parse("2026-12-01T19:00:03Z"), interval),
                ScheduledRuns.slotOf(Instant.parse("2026-12-01T19:00:14.999Z"), interval));
        assertNotEquals(ScheduledRuns.slotOf(Instant.parse("2026-12-01T19:00:14.999Z"), interval),
                ScheduledRuns.slotOf(Instant.parse("2026-12-01T19:00:15Z"), interval));
    }
}
