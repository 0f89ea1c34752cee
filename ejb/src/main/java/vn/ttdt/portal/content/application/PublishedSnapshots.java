package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What every public page shows around its content (outage notices, banners, links to other portals), read once and
 * kept while the published content's generation ({@link PublishedContentGeneration}) stands, and at most
 * {@link #AT_MOST}: what the clock changes without an event and what another node changed are seen within that time.
 * A snapshot read while a change commits keeps the generation from before the read, so it is read again at once.
 */
@ApplicationScoped
public class PublishedSnapshots {

    static final Duration AT_MOST = Duration.ofSeconds(30);

    private static final int MOST_KEYS = 1_000;

    @Inject
    private PublishedContentGeneration generation;

    @Inject
    private Clock clock;

    private final Map<Object, Snapshot> kept = new ConcurrentHashMap<>();

    PublishedSnapshots() {
    }

    PublishedSnapshots(PublishedContentGeneration generation, Clock clock) {
        this.generation = generation;
        this.clock = clock;
    }

    private record Snapshot(long generation, Instant readAt, Object value) {

        boolean servesAt(long current, Instant now) {
            return generation == current && !now.isBefore(readAt) && now.isBefore(readAt.plus(AT_MOST));
        }
    }

    /** The value kept under {@code key} if it still stands, otherwise {@code read}'s (kept); values must be immutable. */
    @SuppressWarnings("unchecked")
    public <T> T of(Object key, Supplier<T> read) {
        long current = generation.current();
        Instant now = clock.instant();
        Snapshot snapshot = kept.get(key);
        if (snapshot != null && snapshot.servesAt(current, now)) {
            return (T) snapshot.value();
        }
        T value = read.get();
        if (kept.size() >= MOST_KEYS) {
            kept.clear();
        }
        kept.put(key, new Snapshot(current, now, value));
        return value;
    }
}
