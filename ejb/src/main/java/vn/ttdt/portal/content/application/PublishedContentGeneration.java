package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

/**
 * A counter that moves whenever what citizens may see has changed ({@link PublishedContentChanged}), on this node or
 * on another node of the same database. Caches of public pages and the search index keep the generation they were
 * filled at and are stale once it moves. It moves only after the change's transaction committed: no cache refills
 * from data not yet committed, and a change rolled back leaves the caches as they are. A change made here moves the
 * counter at once and the shared generation ({@link PublishedGenerationLog}) after it; another node's change moves
 * it when this node next reads the shared generation ({@link #follow}, every second).
 */
@ApplicationScoped
public class PublishedContentGeneration {

    private static final Logger LOG = Logger.getLogger(PublishedContentGeneration.class.getName());

    private static final long NOT_READ = -1;

    private final AtomicLong generation = new AtomicLong();

    /** The shared generation as this node last knew it, once read. */
    private final AtomicLong shared = new AtomicLong(NOT_READ);

    @Inject
    private PublishedGenerationLog log;

    public PublishedContentGeneration() {
    }

    PublishedContentGeneration(PublishedGenerationLog log) {
        this.log = log;
    }

    /** Read for every cached page: a plain read of the counter. */
    public long current() {
        return generation.get();
    }

    /**
     * Takes in the shared generation just read: when another node moved it since this node last looked, what it
     * changed has committed, and this node's caches are stale.
     */
    public void follow(long sharedNow) {
        long before = shared.getAndSet(sharedNow);
        if (before != NOT_READ && before != sharedNow) {
            long now = generation.incrementAndGet();
            LOG.fine(() -> "published content generation " + now + ": shared generation " + sharedNow);
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedContentChanged change) {
        long now = generation.incrementAndGet();
        LOG.fine(() -> "published content generation " + now + ": " + change.what());
        tellTheOtherNodes(change);
    }

    /** Moves the shared generation; when only this change moved it, this node need not take it in again. */
    private void tellTheOtherNodes(PublishedContentChanged change) {
        long known = shared.get();
        try {
            long moved = log.moved();
            if (known != NOT_READ && moved == known + 1) {
                shared.compareAndSet(known, moved);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Other nodes were not told of a published change (" + change.what()
                    + "): their cached pages show it at their next change", e);
        }
    }
}
