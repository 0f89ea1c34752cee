package vn.ttdt.portal.content.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.infrastructure.jdbc.Row;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The {@link SyllableIndex} of this deployment's site, one per node: built in the background at start
 * (searches read the database newest first until it is ready), brought up to date with the items
 * changed since the last look whenever this node's content generation moved and at least every
 * {@link #SHARED_LOOK} (changes made on another node), and built again when an item older than the
 * newest arrived (an import), since newer items must rank first at equal relevance.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublishedSearchIndex {

    private static final Logger LOG = Logger.getLogger(PublishedSearchIndex.class.getName());
    private static final int PAGE = 2000;
    /** Items saved this long before the last look are read again: a transaction stamps its changes before it commits. */
    private static final Duration OVERLAP = Duration.ofMinutes(10);
    /** How long a node trusts its index without looking at the items changed (by any node) since. */
    static final Duration SHARED_LOOK = Duration.ofSeconds(5);
    private static final String COLUMNS = "SELECT id, published_at, category_id, source_unit_id, state, title, lead, search_text"
            + " FROM content_item";

    @Inject
    private Sql sql;

    @Inject
    private PublishedContentGeneration generation;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean building = new AtomicBoolean();
    private SyllableIndex index;
    private long siteId;
    private long lookedAtGeneration;
    private Instant lookedAt;

    @PostConstruct
    void start() {
        rebuildLater();
    }

    /**
     * The best {@code want} matches of the {@code query} among the published items of the {@code site}
     * that pass the {@code narrowing}, in rank order ({@link SearchRank}); empty when the index is not
     * ready or cannot decide the query (the caller reads the database instead).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SearchMatches> search(long site, SearchQuery query, SearchNarrowing narrowing, int want) {
        if (query.isEmpty() || !upToDate()) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            if (index == null || !index.isOrdered() || site != siteId || !index.decides(query.syllables())) {
                return Optional.empty();
            }
            SyllableIndex.Result found = index.matches(query, narrowing, want);
            return Optional.of(new SearchMatches(Arrays.stream(found.ids()).boxed().toList(), found.matched(),
                    found.approximate()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Takes in the items changed since the last look when this node's generation moved, and at least
     * every {@link #SHARED_LOOK} (the change log is the items' {@code updated_at}, shared by every node:
     * another node's changes arrive within that time); false while there is no usable index.
     */
    private boolean upToDate() {
        long current = generation.current();
        Instant now = clock.instant();
        lock.readLock().lock();
        try {
            if (index == null) {
                return false;
            }
            if (!stale(current, now)) {
                return index.isOrdered();
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            if (index != null && stale(current, now)) {
                changedSince(lookedAt.minus(OVERLAP)).forEach(index::put);
                lookedAtGeneration = current;
                lookedAt = now;
            }
            if (index != null && !index.isOrdered()) {
                rebuildLater();
            }
            return index != null && index.isOrdered();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean stale(long current, Instant now) {
        return current != lookedAtGeneration || !now.isBefore(lookedAt.plus(SHARED_LOOK));
    }

    private void rebuildLater() {
        if (building.compareAndSet(false, true)) {
            context.getBusinessObject(PublishedSearchIndex.class).rebuild();
        }
    }

    /** Reads every published item of the site, a page at a time, and then replaces the index. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebuild() {
        try {
            long startedGeneration = generation.current();
            Instant started = clock.instant();
            long site = sites.forReading().getId();
            SyllableIndex built = new SyllableIndex();
            List<SyllableIndex.Entry> page = firstPage(site);
            while (!page.isEmpty()) {
                page.forEach(built::put);
                SyllableIndex.Entry last = page.get(page.size() - 1);
                page = pageAfter(site, last);
            }
            built.settle();
            lock.writeLock().lock();
            try {
                index = built;
                siteId = site;
                lookedAtGeneration = startedGeneration - 1;
                lookedAt = started;
            } finally {
                lock.writeLock().unlock();
            }
            LOG.info(() -> "Search index of " + built.size() + " published items (" + built.syllables()
                    + " different syllables) ready in " + Duration.between(started, clock.instant()).toMillis() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index not built; searches read the database until the next try", e);
        } finally {
            building.set(false);
        }
    }

    private List<SyllableIndex.Entry> firstPage(long site) {
        return sql.list(COLUMNS + " WHERE site_id = ? AND state = 'PUBLISHED' ORDER BY published_at, id LIMIT " + PAGE,
                List.of(site), PublishedSearchIndex::entry);
    }

    private List<SyllableIndex.Entry> pageAfter(long site, SyllableIndex.Entry last) {
        Instant at = SyllableIndex.instant(last.publishedAt());
        return sql.list(COLUMNS + " WHERE site_id = ? AND state = 'PUBLISHED'"
                + " AND (published_at > ? OR published_at = ? AND id > ?) ORDER BY published_at, id LIMIT " + PAGE,
                List.of(site, at, at, last.id()), PublishedSearchIndex::entry);
    }

    private List<SyllableIndex.Entry> changedSince(Instant since) {
        return sql.list(COLUMNS + " WHERE site_id = ? AND updated_at >= ? AND published_at IS NOT NULL ORDER BY published_at, id",
                List.of(siteId, since), PublishedSearchIndex::entry);
    }

    private static SyllableIndex.Entry entry(Row row) {
        return new SyllableIndex.Entry(row.getLong("id"), SyllableIndex.micros(row.getInstant("published_at")),
                row.getLong("category_id"), row.getLong("source_unit_id"), "PUBLISHED".equals(row.getString("state")),
                row.getString("title"), row.getString("lead"), row.getString("search_text"));
    }
}
