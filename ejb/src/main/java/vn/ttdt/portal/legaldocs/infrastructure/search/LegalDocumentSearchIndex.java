package vn.ttdt.portal.legaldocs.infrastructure.search;

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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.SyllableWords;
import vn.ttdt.portal.shared.infrastructure.jdbc.Row;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;
import vn.ttdt.portal.shared.infrastructure.search.FollowedIndex;
import vn.ttdt.portal.shared.infrastructure.search.RowStamps;

/**
 * The {@link LegalDocumentIndex} of this deployment's site, one per node, following the documents' change log
 * ({@link FollowedIndex}: built in the background at start, searches read the database until it is ready; the
 * documents whose {@code updated_at} moved since the last look taken in whenever this node's published content
 * changed and at least every {@link FollowedIndex#SHARED_LOOK}, so another node's changes arrive within seconds).
 * Documents are never deleted by the application; one deleted in the database all the same leaves the index at the
 * next look, when the site's count of documents no longer matches the index's (and a row written with an old
 * {@code updated_at} then enters it).
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LegalDocumentSearchIndex {

    private static final int PAGE = 2000;
    private static final String COLUMNS = "SELECT id, type_id, field_id, level_id, issuer_key, status, issued_on, number_key,"
            + " search_text, updated_at FROM legal_document";

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

    private final FollowedIndex<LegalDocumentIndex> followed = new FollowedIndex<>(this::changes,
            () -> context.getBusinessObject(LegalDocumentSearchIndex.class).rebuild());

    @PostConstruct
    void start() {
        followed.buildLater();
    }

    /** Whether the index is built (readiness: until then searches read the database). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean ready() {
        return followed.ready();
    }

    /**
     * The page from {@code offset} of at most {@code limit} ids of the documents of {@code site} matching the filter,
     * newest or oldest issue day first, and their total, as the database would answer; empty when the filter types no
     * words (the database's indexes serve the filters alone) or the index is not ready (the caller reads the database).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Page<Long>> search(long site, LegalDocumentFilter filter, boolean newestFirst, int offset, int limit) {
        if (SyllableWords.queried(filter.text()).isEmpty()) {
            return Optional.empty();
        }
        return followed.read(site, generation.current(), clock.instant(), index -> {
            LegalDocumentIndex.Hits hits = index.matches(filter, newestFirst, offset, limit);
            return Optional.of(new Page<>(hits.ids(), hits.total()));
        });
    }

    /** Reads every document of the site, a page at a time by id, and then replaces the index. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebuild() {
        followed.build(generation.current(), clock.instant(), () -> {
            long site = sites.forReading().getId();
            LegalDocumentIndex built = new LegalDocumentIndex();
            List<LegalDocumentIndex.Entry> page = pageAfter(built, site, 0);
            while (!page.isEmpty()) {
                page.forEach(built::put);
                page = pageAfter(built, site, page.get(page.size() - 1).id());
            }
            built.settle();
            return new FollowedIndex.Built<>(site, built);
        }, clock::instant);
    }

    private List<LegalDocumentIndex.Entry> pageAfter(LegalDocumentIndex index, long site, long id) {
        return sql.list(COLUMNS + " WHERE site_id = ? AND id > ? ORDER BY id LIMIT " + PAGE, List.of(site, id),
                row -> index.stamps().recorded(row, LegalDocumentSearchIndex::entry));
    }

    /**
     * The documents changed since {@code since} whose stamp the index has not seen (ids and stamps first, then those
     * rows); then, when the counts differ, the ids the database holds.
     */
    private Consumer<LegalDocumentIndex> changes(LegalDocumentIndex index, long site, Instant since) {
        List<Long> unseen = index.stamps().unseen(sql.list("SELECT id, updated_at FROM legal_document WHERE site_id = ? AND updated_at >= ?",
                List.of(site, since), RowStamps.Stamp::of));
        return index.changes(byIds(index, site, unseen),
                () -> sql.number("SELECT COUNT(*) FROM legal_document WHERE site_id = ?", List.of(site)),
                () -> sql.list("SELECT id FROM legal_document WHERE site_id = ?", List.of(site), row -> row.getLong("id")),
                ids -> byIds(index, site, List.copyOf(ids)));
    }

    private List<LegalDocumentIndex.Entry> byIds(LegalDocumentIndex index, long site, List<Long> ids) {
        return RowStamps.inBatches(ids, batch -> sql.list(COLUMNS + " WHERE site_id = ? AND id IN (" + Sql.numbers(batch) + ") ORDER BY id",
                List.of(site), row -> index.stamps().recorded(row, LegalDocumentSearchIndex::entry)));
    }

    private static LegalDocumentIndex.Entry entry(Row row) {
        return new LegalDocumentIndex.Entry(row.getLong("id"), row.getLong("type_id"), row.getNullableLong("field_id"),
                row.getLong("level_id"), row.getString("issuer_key"), row.getEnum("status", LegalStatus.class),
                row.getLocalDate("issued_on"), row.getString("number_key"), row.getString("search_text"));
    }
}
