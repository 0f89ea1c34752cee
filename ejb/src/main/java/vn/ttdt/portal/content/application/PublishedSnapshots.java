package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What every public page shows around its content (outage notices, banners, links to other portals, the markup of the
 * page's shell written from them), read once and
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

    /** When a value began to be read: the generation then current and the clock's time. */
    public record Reading(long generation, Instant startedAt) {

        boolean servesAt(long current, Instant now) {
            return generation == current && !now.isBefore(startedAt) && now.isBefore(startedAt.plus(AT_MOST));
        }
    }

    private record Snapshot(Reading reading, Object value) {
    }

    /** The value kept under {@code key} if it still stands, otherwise {@code read}'s (kept); values must be immutable. */
    public <T> T of(Object key, Supplier<T> read) {
        return this.<T>standing(key).orElseGet(() -> {
            Reading reading = startReading();
            T value = read.get();
            keep(key, reading, value);
            return value;
        });
    }

    /** The value kept under {@code key}, while it still stands. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> standing(Object key) {
        Snapshot snapshot = kept.get(key);
        return snapshot != null && snapshot.reading().servesAt(generation.current(), clock.instant())
                ? Optional.of((T) snapshot.value()) : Optional.empty();
    }

    /** Taken before a value is read that will be {@link #keep kept}: a change committed meanwhile leaves it stale. */
    public Reading startReading() {
        return new Reading(generation.current(), clock.instant());
    }

    /** Keeps {@code value} (immutable), read since {@code reading}, under {@code key}. */
    public void keep(Object key, Reading reading, Object value) {
        if (kept.size() >= MOST_KEYS) {
            kept.clear();
        }
        kept.put(key, new Snapshot(reading, value));
    }
}
