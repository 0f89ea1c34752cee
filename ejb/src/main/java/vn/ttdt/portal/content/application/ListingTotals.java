package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import vn.ttdt.portal.content.domain.PublicItemFilter;

/**
 * How many published items a public listing holds, counted once per content generation: paging
 * through a category of 12,500 items, or rendering it for every visitor, counts it only once until
 * something published changes (the same moment the page cache renders again).
 */
@ApplicationScoped
public class ListingTotals {

    private static final int CAPACITY = 2000;

    private record Key(long generation, PublicItemFilter filter) {
    }

    private final Map<Key, Long> totals = new ConcurrentHashMap<>();
    private LongSupplier generation;
    private volatile long keptAt = -1;

    protected ListingTotals() {
    }

    @Inject
    ListingTotals(PublishedContentGeneration generation) {
        this(generation::current);
    }

    ListingTotals(LongSupplier generation) {
        this.generation = generation;
    }

    public long of(PublicItemFilter filter, LongSupplier count) {
        long current = generation.getAsLong();
        if (current != keptAt || totals.size() >= CAPACITY) {
            totals.keySet().removeIf(key -> key.generation() != current || totals.size() >= CAPACITY);
            keptAt = current;
        }
        Key key = new Key(current, filter);
        Long total = totals.get(key);
        if (total == null) {
            total = count.getAsLong();
            totals.put(key, total);
        }
        return total;
    }
}
