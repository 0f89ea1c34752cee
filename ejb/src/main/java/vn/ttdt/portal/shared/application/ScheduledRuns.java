package vn.ttdt.portal.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * Lets a timer that fires on every node of a site run its task on one node only. Time is cut into slots of the
 * timer's period (a minute for a calendar schedule); the first node to take a slot of a task ({@code scheduled_run},
 * V34) runs it, the others find the slot taken and skip it. A slot is taken in a transaction of its own, committed
 * before the task runs, so another node waits at most for that short write. Timers that keep something of their own
 * node current (the page cache's banners, the site read, the database watchdog) run on every node and do not ask.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledRuns {

    /** The period of a calendar schedule ({@code @Schedule}) at whole minutes. */
    public static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    private Sql sql;

    @Inject
    private Clock clock;

    /** Whether this node takes the current slot of {@code task}: true on exactly one node per slot. */
    public boolean take(String task, Duration slot) {
        Instant occurrence = slotOf(clock.instant(), slot);
        String site = Settings.text("portal.site.code", "default");
        String node = Settings.text("jboss.node.name", "node");
        try {
            if (sql.update("UPDATE scheduled_run SET occurrence = ?, node = ? WHERE task = ? AND site_code = ? AND occurrence < ?",
                    List.of(occurrence, node, task, site, occurrence)) == 1) {
                return true;
            }
            return sql.update("INSERT IGNORE INTO scheduled_run (task, site_code, occurrence, node) VALUES (?, ?, ?, ?)",
                    List.of(task, site, occurrence, node)) == 1;
        } catch (RuntimeException e) {
            // two nodes taking the first slot of a task at the same moment each hold a gap lock of the empty range and
            // then both insert into it; MariaDB rolls one back and the other's slot stands
            if (DatabaseFailures.deadlock(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The start of the slot of length {@code slot} (counted from the epoch) that holds {@code at}. */
    static Instant slotOf(Instant at, Duration slot) {
        long millis = slot.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
    }
}
