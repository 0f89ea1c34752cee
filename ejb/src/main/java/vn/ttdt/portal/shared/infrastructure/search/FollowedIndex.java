package vn.ttdt.portal.shared.infrastructure.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An in-memory index of one site's rows, one per node, kept current by following the rows' change log (their
 * {@code updated_at}, shared by every node). It is built in the background (readers get nothing until it is ready
 * and read the database instead); it takes in the rows changed since the last look whenever this node's published
 * content generation moved (its own changes, at once) and at least every {@link #SHARED_LOOK} (another node's
 * changes arrive within that time); the rows stamped up to {@link #OVERLAP} before the last look are read again,
 * since a transaction stamps its changes before it commits. When the index says it can no longer follow
 * ({@link Followed#usable()} false), it is built again; meanwhile readers read the database, or the index as it stands
 * when it says its answers are still worth more than the database's ({@link Followed#answersUntilRebuilt()}).
 * <p>
 * One reader at a time looks at the change log, reading the database beside the other readers; only taking the
 * changes in holds them up. When this node's generation moved, readers wait for that look (this node's own change
 * shows at once); when only the time for a look came, the others answer from the index as it stands meanwhile.
 *
 * @param <I> the index, guarded here: written under the write lock, read under the read lock
 */
public final class FollowedIndex<I extends FollowedIndex.Followed> {

    /** An index that can tell whether it still answers correctly, and say what it holds. */
    public interface Followed {
        /** Whether it answers correctly; when it does not, it is built again. */
        boolean usable();

        /**
         * Whether, no longer {@linkplain #usable() usable}, it may still answer until its new build is in use (its
         * answers, though off in places, better than the database's); by default it may not.
         */
        default boolean answersUntilRebuilt() {
            return false;
        }

        /** What the index holds, for the log: "Search index of 12 published items (40 different syllables)". */
        String summary();
    }

    /**
     * Reads the rows of {@code site} changed since {@code since} (beside the index's readers: it may read the index,
     * never change it) and answers how to take them in (done under the write lock).
     */
    @FunctionalInterface
    public interface ChangeLog<I> {
        Consumer<I> look(I index, long site, Instant since);
    }

    /** A freshly built index and the site it holds. */
    public record Built<I>(long site, I index) {
    }

    /** Rows saved this long before the last look are read again: a transaction stamps its changes before it commits. */
    public static final Duration OVERLAP = Duration.ofMinutes(10);
    /** How long a node trusts its index without looking at the rows changed (by any node) since. */
    public static final Duration SHARED_LOOK = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(FollowedIndex.class.getName());

    private final ChangeLog<I> changeLog;
    private final Runnable startBuild;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantLock looking = new ReentrantLock();
    private final AtomicBoolean building = new AtomicBoolean();
    private I index;
    private long siteId;
    private long lookedAtGeneration;
    private Instant lookedAt;

    /**
     * @param changeLog  reads the changed rows into the index
     * @param startBuild starts {@link #build} in the background (an asynchronous business method calling it)
     */
    public FollowedIndex(ChangeLog<I> changeLog, Runnable startBuild) {
        this.changeLog = changeLog;
        this.startBuild = startBuild;
    }

    /**
     * What {@code reader} answers from the index of {@code site}, brought up to date first; empty while there is no
     * usable index of that site (or the reader answers empty): the caller then reads the database.
     */
    public <R> Optional<R> read(long site, long generation, Instant now, Function<I, Optional<R>> reader) {
        if (!upToDate(generation, now)) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            if (index == null || !answers(index) || site != siteId) {
                return Optional.empty();
            }
            return reader.apply(index);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Whether an index has been built since the start (until then searches read the database); a later rebuild (after
     * an import) does not make it unready.
     */
    public boolean ready() {
        lock.readLock().lock();
        try {
            return index != null;
        } finally {
            lock.readLock().unlock();
        }
    }

    private boolean upToDate(long generation, Instant now) {
        boolean generationMoved;
        lock.readLock().lock();
        try {
            if (index == null) {
                return false;
            }
            if (!stale(generation, now)) {
                return answers(index);
            }
            generationMoved = generation != lookedAtGeneration;
        } finally {
            lock.readLock().unlock();
        }
        if (generationMoved) {
            looking.lock();
        } else if (!looking.tryLock()) {
            return answering();
        }
        try {
            look(generation, now);
        } finally {
            looking.unlock();
        }
        return answering();
    }

    private void look(long generation, Instant now) {
        I looked;
        Consumer<I> changes;
        lock.readLock().lock();
        try {
            if (index == null || !stale(generation, now)) {
                return;
            }
            looked = index;
            changes = changeLog.look(index, siteId, lookedAt.minus(OVERLAP));
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            if (index == looked) {
                changes.accept(index);
                lookedAtGeneration = generation;
                lookedAt = now;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether the index answers, once it has started a new build if it is no longer usable. */
    private boolean answering() {
        lock.readLock().lock();
        try {
            if (index != null && !index.usable()) {
                buildLater();
            }
            return index != null && answers(index);
        } finally {
            lock.readLock().unlock();
        }
    }

    private static boolean answers(Followed index) {
        return index.usable() || index.answersUntilRebuilt();
    }

    private boolean stale(long generation, Instant now) {
        return generation != lookedAtGeneration || !now.isBefore(lookedAt.plus(SHARED_LOOK));
    }

    /** Starts a build in the background unless one is running. */
    public void buildLater() {
        if (building.compareAndSet(false, true)) {
            startBuild.run();
        }
    }

    /**
     * Builds the index (the caller's thread: the asynchronous method {@code startBuild} calls) and then replaces the
     * one in use; {@code generation} and {@code started} are read before the rows, so that the first look after it
     * reads again what changed meanwhile. A failure is logged and leaves the old index (readers read the database
     * until the next try).
     */
    public void build(long generation, Instant started, Supplier<Built<I>> builder, Supplier<Instant> clock) {
        try {
            Built<I> built = builder.get();
            lock.writeLock().lock();
            try {
                index = built.index();
                siteId = built.site();
                lookedAtGeneration = generation - 1;
                lookedAt = started;
            } finally {
                lock.writeLock().unlock();
            }
            LOG.info(() -> built.index().summary() + " ready in " + Duration.between(started, clock.get()).toMillis() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index not built; searches read the database until the next try", e);
        } finally {
            building.set(false);
        }
    }
}
