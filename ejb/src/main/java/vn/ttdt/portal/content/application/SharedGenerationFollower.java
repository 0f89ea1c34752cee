package vn.ttdt.portal.content.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import vn.ttdt.portal.shared.application.DatabaseAvailability;

/**
 * Every second, reads the shared generation of the published content, so that a change committed on another node
 * reaches this node's cached pages, snapshots and search indexes within about a second. One short read of one row;
 * skipped while the database cannot be reached or the previous read has not answered yet.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SharedGenerationFollower {

    private static final Logger LOG = Logger.getLogger(SharedGenerationFollower.class.getName());

    @Inject
    private PublishedGenerationLog log;

    @Inject
    private PublishedContentGeneration generation;

    @Inject
    private DatabaseAvailability database;

    private final AtomicBoolean reading = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void follow() {
        if (!database.reachable() || !reading.compareAndSet(false, true)) {
            return;
        }
        try {
            generation.follow(log.current());
        } catch (RuntimeException e) {
            LOG.fine(() -> "The shared generation could not be read: " + e);
        } finally {
            reading.set(false);
        }
    }
}
