package vn.ttdt.portal.content.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ttdt.portal.content.domain.AuthoredWork;
import vn.ttdt.portal.content.domain.CategoryTally;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.DuplicateCandidate;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.PublicCategories;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.content.domain.Revision;
import vn.ttdt.portal.content.domain.SearchHits;
import vn.ttdt.portal.content.infrastructure.search.PublishedSearchIndex;
import vn.ttdt.portal.content.infrastructure.search.SearchMatches;
import vn.ttdt.portal.content.infrastructure.search.SearchNarrowing;
import vn.ttdt.portal.content.infrastructure.search.SearchQuery;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

@ApplicationScoped
public class JpaContentItemRepository implements ContentItemRepository {

    /** Published items, and archived ones that were published: what counts as published work (as in quota counting). */
    private static final Set<ItemState> COUNTED = EnumSet.of(ItemState.PUBLISHED, ItemState.ARCHIVED);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PublishedSearchIndex searchIndex;

    @Inject
    private Sql sql;

    @Override
    public Optional<ContentItem> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, ContentItem.class, site, id);
    }

    @Override
    public Optional<ContentItem> bySlug(Site site, String slug) {
        return em.createQuery("SELECT i FROM ContentItem i WHERE i.site = :site AND i.slug = :slug", ContentItem.class)
                .setParameter("site", site).setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public boolean slugTaken(Site site, String slug) {
        return em.createQuery("SELECT COUNT(i) FROM ContentItem i WHERE i.site = :site AND i.slug = :slug", Long.class)
                .setParameter("site", site).setParameter("slug", slug).getSingleResult() > 0;
    }

    @Override
    public ContentItem add(ContentItem item) {
        em.persist(item);
        em.flush();
        return item;
    }

    @Override
    public Page<ContentItem> inStates(Site site, Collection<ItemState> states, String createdBy, PageRequest page) {
        String where = " FROM ContentItem i WHERE i.site = :site AND i.state IN :states" + (createdBy == null ? "" : " AND i.createdBy = :creator");
        var count = em.createQuery("SELECT COUNT(i)" + where, Long.class).setParameter("site", site).setParameter("states", states);
        var select = em.createQuery("SELECT i" + where + " ORDER BY i.updatedAt DESC, i.id DESC", ContentItem.class)
                .setParameter("site", site).setParameter("states", states);
        if (createdBy != null) {
            count.setParameter("creator", createdBy);
            select.setParameter("creator", createdBy);
        }
        return new Page<>(select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    @Override
    public Page<Long> publishedIds(Site site, PublicCategories categories, PublicItemFilter filter, Instant now,
                                   PageRequest page, Totals totals) {
        Long categoryId = null;
        if (filter.categorySlug() != null) {
            Optional<Long> chosen = categories.shownId(filter.categorySlug());
            if (chosen.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            categoryId = chosen.get();
        }
        PublishedItemsQuery query = new PublishedItemsQuery(site.getId(), categoryId, categories.notShownIds(), filter, now);
        if (query.search()) {
            return searchWindow(site, query, filter, categoryId, categories.shownIds(), now, page).page();
        }
        long total = totals.of(filter, () -> sql.number(query.countSql(), query.countParameters()));
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        return new Page<>(sql.list(query.idsSql() + " LIMIT " + page.limit() + " OFFSET " + page.offset(), query.idsParameters(),
                row -> row.getLong("id")), total);
    }

    @Override
    public SearchHits<Long> search(Site site, PublicCategories categories, PublicItemFilter filter, Instant now,
                                   PageRequest page) {
        Long categoryId = null;
        if (filter.categorySlug() != null) {
            Optional<Long> chosen = categories.shownId(filter.categorySlug());
            if (chosen.isEmpty()) {
                return new SearchHits<>(new Page<>(List.of(), 0), false);
            }
            categoryId = chosen.get();
        }
        PublishedItemsQuery query = new PublishedItemsQuery(site.getId(), categoryId, categories.notShownIds(), filter, now);
        return searchWindow(site, query, filter, categoryId, categories.shownIds(), now, page);
    }

    /**
     * The page out of the best {@link #SEARCH_WINDOW} matches in rank order; the total says
     * {@code SEARCH_WINDOW + 1} when there are more. The matches come from the search index when it
     * is ready (a filter by tag is not in it), else from reading the items newest first.
     */
    private SearchHits<Long> searchWindow(Site site, PublishedItemsQuery query, PublicItemFilter filter, Long categoryId,
                                          Set<Long> shown, Instant now, PageRequest page) {
        if (shown.isEmpty() || !query.search()) {
            return new SearchHits<>(new Page<>(List.of(), 0), false);
        }
        SearchMatches matches = (filter.tagSlug() != null ? Optional.<SearchMatches>empty()
                : searchIndex.search(site.getId(), SearchQuery.of(filter.query()),
                        SearchNarrowing.of(shown, categoryId, filter, now), SEARCH_WINDOW + 1))
                .orElseGet(() -> fromDatabase(query));
        List<Long> ids = matches.ids().stream().limit(SEARCH_WINDOW).skip(page.offset()).limit(page.limit()).toList();
        return new SearchHits<>(new Page<>(ids, Math.min(matches.matched(), SEARCH_WINDOW + 1)), matches.approximate());
    }

    /** The newest matches from the database, the exact spellings first (see {@link PublishedItemsQuery#windowSql}). */
    private SearchMatches fromDatabase(PublishedItemsQuery query) {
        List<long[]> rows = sql.list(query.windowSql(SEARCH_WINDOW + 1), query.windowParameters(),
                row -> new long[] {row.getLong("id"), row.getInt("search_rank")});
        List<Long> ids = rows.stream().limit(SEARCH_WINDOW).sorted(Comparator.comparingLong(row -> row[1]))
                .map(row -> row[0]).toList();
        return new SearchMatches(ids, rows.size(), false);
    }

    @Override
    public List<ContentItem> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ContentItem> byId = em.createQuery("SELECT i FROM ContentItem i WHERE i.id IN :ids", ContentItem.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(ContentItem::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<String> publishedTagName(Site site, PublicCategories categories, String slug, Instant now) {
        boolean someHidden = !categories.notShownIds().isEmpty();
        var query = em.createQuery("SELECT t.name FROM ContentItem i JOIN i.tags t WHERE i.site = :site AND t.slug = :slug"
                        + " AND i.state = :published AND i.publishedAt <= :now"
                        + (someHidden ? " AND i.category.id NOT IN :hidden" : "") + " ORDER BY i.publishedAt, i.id", String.class)
                .setParameter("site", site).setParameter("slug", slug).setParameter("published", ItemState.PUBLISHED)
                .setParameter("now", now);
        if (someHidden) {
            query.setParameter("hidden", categories.notShownIds());
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<CategoryTally> publishedPerCategory(Site site, Instant from, Instant to, Unit sourceUnit) {
        var query = em.createQuery("SELECT c.id, c.name, COUNT(i) FROM ContentItem i JOIN i.category c WHERE i.site = :site"
                        + " AND i.state IN :counted AND i.publishedAt >= :from AND i.publishedAt < :to"
                        + (sourceUnit == null ? "" : " AND i.sourceUnit = :unit")
                        + " GROUP BY c.id, c.name ORDER BY COUNT(i) DESC, c.name", Object[].class)
                .setParameter("site", site).setParameter("counted", COUNTED)
                .setParameter("from", from).setParameter("to", to);
        if (sourceUnit != null) {
            query.setParameter("unit", sourceUnit);
        }
        return query.getResultList().stream()
                .map(row -> new CategoryTally(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public List<AuthoredWork> authorsOfPublished(Site site, Instant from, Instant to) {
        return em.createQuery("SELECT i.id, i.title, a.accountId, a.name, i.publishedAt FROM ContentItem i JOIN i.authors a"
                        + " WHERE i.site = :site AND i.state IN :counted AND i.publishedAt >= :from AND i.publishedAt < :to"
                        + " ORDER BY i.publishedAt, i.id", Object[].class)
                .setParameter("site", site).setParameter("counted", COUNTED)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(row -> new AuthoredWork(((Number) row[0]).longValue(), (String) row[1],
                        row[2] == null ? null : ((Number) row[2]).longValue(), (String) row[3], (Instant) row[4]))
                .toList();
    }

    @Override
    public List<ContentItem> dueForPublishing(Instant now) {
        return em.createQuery("SELECT i FROM ContentItem i WHERE i.state = :state AND i.publishAt IS NOT NULL "
                        + "AND i.publishAt <= :now", ContentItem.class)
                .setParameter("state", ItemState.AWAITING_APPROVAL).setParameter("now", now).getResultList();
    }

    @Override
    public List<ContentItem> dueForWithdrawal(Instant now) {
        return em.createQuery("SELECT i FROM ContentItem i WHERE i.state = :state AND i.unpublishAt IS NOT NULL "
                        + "AND i.unpublishAt <= :now", ContentItem.class)
                .setParameter("state", ItemState.PUBLISHED).setParameter("now", now).getResultList();
    }

    @Override
    public List<DuplicateCandidate> duplicateCandidates(Site site, Instant since, long exceptId) {
        return em.createQuery("SELECT NEW vn.ttdt.portal.content.domain.DuplicateCandidate(i.id, i.title, u.name, i.state, "
                        + "i.createdAt, i.searchText) FROM ContentItem i JOIN i.sourceUnit u WHERE i.site = :site "
                        + "AND i.createdAt >= :since AND i.id <> :except AND i.state <> :rejected", DuplicateCandidate.class)
                .setParameter("site", site).setParameter("since", since).setParameter("except", exceptId)
                .setParameter("rejected", ItemState.REJECTED).getResultList();
    }

    @Override
    public void addRevision(Revision revision) {
        em.persist(revision);
    }

    @Override
    public List<Revision> revisions(long itemId) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.itemId = :item ORDER BY r.number DESC", Revision.class)
                .setParameter("item", itemId).getResultList();
    }

    @Override
    public int lastRevisionNumber(long itemId) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM Revision r WHERE r.itemId = :item", Integer.class)
                .setParameter("item", itemId).getSingleResult();
        return last == null ? 0 : last;
    }

}
