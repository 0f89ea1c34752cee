package vn.ttdt.portal.content.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.content.domain.SearchHits;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * What the public portal and its API show: visible categories and items published by now, with search. Only reads, and
 * none begins a transaction ({@code SUPPORTS}): a page's one or two statements each take a connection on their own
 * (the pool's check and the statement) instead of the check, autocommit off, the statements, commit and autocommit on;
 * a search answered from the index and the kept cards reads nothing at all. A caller's transaction is joined.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublicContent {

    /** How many items the "Tin liên quan" list of an item page shows at most. */
    public static final int RELATED_SHOWN = 5;

    @Inject
    private ContentItemRepository items;

    @Inject
    private PublicItemReader reader;

    @Inject
    private VisibleCategories categories;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Inject
    private ListingTotals totals;

    @Inject
    private PublishedItemCards cards;

    /** Read for every public page, mostly from memory ({@link VisibleCategories}). */
    public List<CategoryView> categories() {
        return categories.all();
    }

    public Optional<CategoryView> category(String slug) {
        return categories.bySlug(slug);
    }

    /**
     * A page of published items; a listing's total is counted once per content generation ({@link ListingTotals}), and
     * the items an earlier listing or search of this generation showed come from {@link PublishedItemCards}.
     */
    public Page<PublicItem> items(@NotNull PublicItemFilter filter, @NotNull PageRequest page) {
        Page<Long> ids = items.publishedIds(sites.forReading(), categories.scope(), filter, clock.instant(), page, totals::of);
        return new Page<>(cards.listed(ids.items(), reader::listed), ids.total());
    }

    /**
     * A page of a search's results ({@link ContentItemRepository#search}): the filter's query and narrowing; the items
     * listed by an earlier search in this content generation come from {@link PublishedItemCards}.
     */
    public SearchHits<PublicItem> search(@NotNull PublicItemFilter filter, @NotNull PageRequest page) {
        SearchHits<Long> ids = items.search(sites.forReading(), categories.scope(), filter, clock.instant(), page);
        return new SearchHits<>(new Page<>(cards.listed(ids.page().items(), reader::listed), ids.page().total()),
                ids.approximate());
    }

    /** The newest published items of a listing, without counting them all (home page, feeds). */
    public List<PublicItem> newest(@NotNull PublicItemFilter filter, int limit) {
        return reader.listed(items.publishedIds(sites.forReading(), categories.scope(), filter, clock.instant(), PageRequest.first(limit),
                (f, count) -> limit).items());
    }

    /** A published item with what to read next: the related items its editor chose, or else the newest of its category. */
    public Optional<PublicItem> item(String slug) {
        return reader.readable(sites.forReading().getId(), slug, clock.instant(), categories.ids(), RELATED_SHOWN);
    }

    /** A keyword that at least one item citizens see carries, in that item's spelling. */
    public Optional<PublicItem.TagRef> tag(String slug) {
        return items.publishedTagName(sites.forReading(), categories.scope(), slug, clock.instant())
                .map(name -> new PublicItem.TagRef(slug, name));
    }
}
