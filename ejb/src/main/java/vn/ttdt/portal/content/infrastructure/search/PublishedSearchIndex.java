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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.infrastructure.jdbc.Row;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;
import vn.ttdt.portal.shared.infrastructure.search.FollowedIndex;
import vn.ttdt.portal.shared.infrastructure.search.RowStamps;

/**
 * The {@link SyllableIndex} of this deployment's site, one per node, following the items' change log
 * ({@link FollowedIndex}: built in the background at start, searches read the database newest first until it is
 * ready; the items changed since the last look taken in whenever this node's content generation moved and at least
 * every {@link FollowedIndex#SHARED_LOOK}), and built again when an item older than the newest arrived (an import),
 * since newer items must rank first at equal relevance.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublishedSearchIndex {

    private static final int PAGE = 2000;
    private static final String COLUMNS = "SELECT id, published_at, category_id, source_unit_id, state, title, lead, search_text,"
            + " updated_at FROM content_item";

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

    private final FollowedIndex<SyllableIndex> followed = new FollowedIndex<>(
            (index, site, since) -> {
                List<SyllableIndex.Entry> changed = changedSince(index, site, since);
                return changing -> changed.forEach(changing::put);
            },
            () -> context.getBusinessObject(PublishedSearchIndex.class).rebuild());

    @PostConstruct
    void start() {
        followed.buildLater();
    }

    /**
     * The best {@code want} matches of the {@code query} among the published items of the {@code site}
     * that pass the {@code narrowing}, in rank order ({@link SearchRank}); empty when the index is not
     * ready or cannot decide the query (the caller reads the database instead).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SearchMatches> search(long site, SearchQuery query, SearchNarrowing narrowing, int want) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        return followed.read(site, generation.current(), clock.instant(), index -> {
            if (!index.decides(query.syllables())) {
                return Optional.empty();
            }
            SyllableIndex.Result found = index.matches(query, narrowing, want);
            return Optional.of(new SearchMatches(Arrays.stream(found.ids()).boxed().toList(), found.matched(),
                    found.approximate()));
        });
    }

    /** Whether the index is built (readiness: until then searches read the database). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean ready() {
        return followed.ready();
    }

    /** Reads every published item of the site, a page at a time, and then replaces the index. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebuild() {
        followed.build(generation.current(), clock.instant(), () -> {
            long site = sites.forReading().getId();
            SyllableIndex built = new SyllableIndex();
            List<SyllableIndex.Entry> page = firstPage(built, site);
            while (!page.isEmpty()) {
                page.forEach(built::put);
                SyllableIndex.Entry last = page.get(page.size() - 1);
                page = pageAfter(built, site, last);
            }
            built.settle();
            return new FollowedIndex.Built<>(site, built);
        }, clock::instant);
    }

    private List<SyllableIndex.Entry> firstPage(SyllableIndex index, long site) {
        return sql.list(COLUMNS + " WHERE site_id = ? AND state = 'PUBLISHED' ORDER BY published_at, id LIMIT " + PAGE,
                List.of(site), row -> index.stamps().recorded(row, PublishedSearchIndex::entry));
    }

    private List<SyllableIndex.Entry> pageAfter(SyllableIndex index, long site, SyllableIndex.Entry last) {
        Instant at = SyllableIndex.instant(last.publishedAt());
        return sql.list(COLUMNS + " WHERE site_id = ? AND state = 'PUBLISHED'"
                + " AND (published_at > ? OR published_at = ? AND id > ?) ORDER BY published_at, id LIMIT " + PAGE,
                List.of(site, at, at, last.id()), row -> index.stamps().recorded(row, PublishedSearchIndex::entry));
    }

    /** The items changed since {@code since} whose stamp the index has not seen: ids and stamps first, then those rows. */
    private List<SyllableIndex.Entry> changedSince(SyllableIndex index, long site, Instant since) {
        List<Long> unseen = index.stamps().unseen(sql.list("SELECT id, updated_at FROM content_item WHERE site_id = ?"
                + " AND updated_at >= ? AND published_at IS NOT NULL", List.of(site, since), RowStamps.Stamp::of));
        List<SyllableIndex.Entry> changed = new ArrayList<>(RowStamps.inBatches(unseen, batch -> sql.list(COLUMNS
                + " WHERE site_id = ? AND id IN (" + Sql.numbers(batch) + ")", List.of(site),
                row -> index.stamps().recorded(row, PublishedSearchIndex::entry))));
        changed.sort(Comparator.comparingLong(SyllableIndex.Entry::publishedAt).thenComparingLong(SyllableIndex.Entry::id));
        return changed;
    }

    private static SyllableIndex.Entry entry(Row row) {
        return new SyllableIndex.Entry(row.getLong("id"), SyllableIndex.micros(row.getInstant("published_at")),
                row.getLong("category_id"), row.getLong("source_unit_id"), "PUBLISHED".equals(row.getString("state")),
                row.getString("title"), row.getString("lead"), row.getString("search_text"));
    }
}
