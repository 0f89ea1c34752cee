package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

/**
 * A counter that moves whenever what citizens may see has changed ({@link PublishedContentChanged}).
 * Caches of public pages and the search index keep the generation they were filled at and are stale
 * once it moves. It moves only after the change's transaction committed: no cache refills from data
 * not yet committed, and a change rolled back leaves the caches as they are.
 */
@ApplicationScoped
public class PublishedContentGeneration {

    private static final Logger LOG = Logger.getLogger(PublishedContentGeneration.class.getName());

    private final AtomicLong generation = new AtomicLong();

    /** Read for every cached page: a plain read of the counter. */
    public long current() {
        return generation.get();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedContentChanged change) {
        long now = generation.incrementAndGet();
        LOG.fine(() -> "published content generation " + now + ": " + change.what());
    }
}
