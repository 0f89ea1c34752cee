package vn.ttdt.portal.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database can be reached, so that during an outage every request that needs it is refused at once
 * (503 with {@code Retry-After}) instead of each waiting for its own failed connection. The first request that
 * fails to reach the database marks it unreachable; from then on a probe tries one connection every two seconds
 * and marks it reachable again as soon as one succeeds — no redeploy, no restart.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseAvailability {

    /** What a refused request tells the client to wait, in seconds: a little more than the probe's period. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    private volatile boolean unreachable;

    public boolean reachable() {
        return !unreachable;
    }

    /** Called where a request failed on {@code failure}; marks the database unreachable when that is the reason. */
    public boolean failedOn(Throwable failure) {
        if (!DatabaseFailures.unreachable(failure)) {
            return false;
        }
        if (!unreachable) {
            unreachable = true;
            LOG.warning("The database cannot be reached: requests that need it answer 503 until a probe connects again ("
                    + failure + ")");
        }
        return true;
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void probe() {
        if (!unreachable) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                unreachable = false;
                LOG.info("The database can be reached again");
            }
        } catch (SQLException | RuntimeException stillDown) {
            LOG.fine(() -> "The database still cannot be reached: " + stillDown);
        }
    }
}
