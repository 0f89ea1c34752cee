package vn.ttdt.portal.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database can be reached, so that during an outage every request that needs it is refused at once
 * (503 with {@code Retry-After}) instead of each waiting for its own failed connection.
 *
 * <p>Two ways mark it unreachable: a request that fails to reach it, and a watchdog that every two seconds checks
 * one pooled connection in the background. A database that refuses connections fails the check; one that accepts
 * them but no longer answers (a frozen process, a network black hole) leaves the check hanging, and a check still
 * running after {@link #HANG_MILLIS} marks it unreachable too. The first check that succeeds again marks it
 * reachable — no redeploy, no restart. At most one check runs at a time; a hung one ends by the connection's
 * socket timeout (datasource configuration).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseAvailability {

    /** What a refused request tells the client to wait, in seconds: a little more than the probe's period. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** How long a check may take before the database counts as not answering. */
    static final long HANG_MILLIS = 3_000;

    private static final int VALID_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    private volatile boolean unreachable;

    private volatile Future<?> check;

    private volatile long checkStarted;

    public boolean reachable() {
        return !unreachable;
    }

    /** Called where a request failed on {@code failure}; marks the database unreachable when that is the reason. */
    public boolean failedOn(Throwable failure) {
        if (!DatabaseFailures.unreachable(failure)) {
            return false;
        }
        markUnreachable(failure.toString());
        return true;
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    synchronized void watch() {
        Future<?> running = check;
        if (running != null && !running.isDone()) {
            if (System.currentTimeMillis() - checkStarted > HANG_MILLIS) {
                markUnreachable("no answer within " + HANG_MILLIS + " ms");
            }
            return;
        }
        try {
            checkStarted = System.currentTimeMillis();
            check = executor.submit(this::checkOnce);
        } catch (RejectedExecutionException busy) {
            LOG.fine(() -> "The database check could not be started: " + busy);
        }
    }

    private void checkOnce() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALID_SECONDS)) {
                markReachable();
            } else {
                markUnreachable("the connection check answered invalid");
            }
        } catch (SQLException | RuntimeException failure) {
            if (DatabaseFailures.unreachable(failure)) {
                markUnreachable(failure.toString());
            } else {
                LOG.fine(() -> "The database check failed on something else: " + failure);
            }
        }
    }

    private void markUnreachable(String reason) {
        if (!unreachable) {
            unreachable = true;
            LOG.warning("The database cannot be reached: requests that need it answer 503 until a check connects again ("
                    + reason + ")");
        }
    }

    private void markReachable() {
        if (unreachable) {
            unreachable = false;
            LOG.info("The database can be reached again");
        }
    }
}
