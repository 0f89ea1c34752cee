package vn.ttdt.portal.site.statistics.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The views a node counted and has not written yet: summed in memory per page and day, per visitor and day (the last
 * time seen) and per referring host and day, then taken out at once by {@link #drain()} to be written as one batch.
 * A batch that could not be written is put back with {@link #restore(VisitBatch)}. At most {@code capacity} distinct
 * entries are held (a database away for long): beyond them new pages, visitors and hosts are not counted. Thread-safe.
 */
public final class VisitTally {

    private final int capacity;
    private Map<VisitBatch.PageDay, Long> pages = new HashMap<>();
    private Map<VisitBatch.VisitorDay, Instant> visitors = new HashMap<>();
    private Map<VisitBatch.ReferrerDay, Long> referrers = new HashMap<>();

    public VisitTally(int capacity) {
        this.capacity = capacity;
    }

    /** Counts the view; false when the tally is full and the view was not counted. */
    public synchronized boolean add(Visit visit) {
        VisitBatch.PageDay page = new VisitBatch.PageDay(visit.day(), visit.page());
        VisitBatch.VisitorDay visitor = new VisitBatch.VisitorDay(visit.day(), visit.visitorKey());
        VisitBatch.ReferrerDay referrer = visit.referrerHost() == null ? null : new VisitBatch.ReferrerDay(visit.day(), visit.referrerHost());
        boolean full = pages.size() + visitors.size() + referrers.size() >= capacity;
        if (full && (!pages.containsKey(page) || !visitors.containsKey(visitor) || referrer != null && !referrers.containsKey(referrer))) {
            return false;
        }
        pages.merge(page, 1L, Long::sum);
        visitors.merge(visitor, visit.at(), VisitTally::later);
        if (referrer != null) {
            referrers.merge(referrer, 1L, Long::sum);
        }
        return true;
    }

    /** Everything counted since the last drain, leaving the tally empty. */
    public synchronized VisitBatch drain() {
        VisitBatch batch = new VisitBatch(pages, visitors, referrers);
        pages = new HashMap<>();
        visitors = new HashMap<>();
        referrers = new HashMap<>();
        return batch;
    }

    /** Adds a batch that was drained but not written back to what has been counted since. */
    public synchronized void restore(VisitBatch batch) {
        batch.pages().forEach((page, views) -> pages.merge(page, views, Long::sum));
        batch.visitors().forEach((visitor, seen) -> visitors.merge(visitor, seen, VisitTally::later));
        batch.referrers().forEach((referrer, views) -> referrers.merge(referrer, views, Long::sum));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
