package vn.ttdt.portal.site.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The views counted on one node since its last flush, summed: views per page and day, each visitor of a day with the
 * last time seen, and views per referring host and day. Written as additions, so that batches of several nodes add up.
 */
public record VisitBatch(Map<PageDay, Long> pages, Map<VisitorDay, Instant> visitors, Map<ReferrerDay, Long> referrers) {

    public record PageDay(LocalDate day, VisitedPage page) {
    }

    public record VisitorDay(LocalDate day, String key) {
    }

    public record ReferrerDay(LocalDate day, String host) {
    }

    public VisitBatch {
        pages = Map.copyOf(pages);
        visitors = Map.copyOf(visitors);
        referrers = Map.copyOf(referrers);
    }

    public boolean isEmpty() {
        return pages.isEmpty() && visitors.isEmpty() && referrers.isEmpty();
    }

    public long views() {
        return pages.values().stream().mapToLong(Long::longValue).sum();
    }
}
