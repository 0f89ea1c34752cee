package vn.ttdt.portal.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
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

    @Test
    void aDeadlockMariaDbEndsWhileTwoNodesTakeTheFirstSlotMeansTheOtherNodeTookIt() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        SQLException duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);

        assertTrue(ScheduledRuns.deadlock(new PersistenceException("SQL failed: INSERT IGNORE INTO scheduled_run", deadlock)));
        assertFalse(ScheduledRuns.deadlock(new PersistenceException("SQL failed: INSERT IGNORE INTO scheduled_run", duplicate)));
        assertFalse(ScheduledRuns.deadlock(new IllegalStateException("no database")));
    }
}
