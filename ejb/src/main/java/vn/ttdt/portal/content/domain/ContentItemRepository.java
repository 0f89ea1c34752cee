package vn.ttdt.portal.content.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.VietnameseText;

public interface ContentItemRepository extends SiteOwnedRepository<ContentItem> {

    Optional<ContentItem> bySlug(Site site, String slug);

    boolean slugTaken(Site site, String slug);

    /** A free address for an item with this title: its folded slug, with "-2", "-3"… when taken. */
    default String freeSlug(Site site, String title) {
        String base = VietnameseText.slug(title == null ? "" : title);
        String slug = base;
        for (int n = 2; slugTaken(site, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    ContentItem add(ContentItem item);

    /** Items of {@code site} in the given states, newest change first; when {@code createdBy} is given, only theirs. */
    Page<ContentItem> inStates(Site site, Collection<ItemState> states, String createdBy, PageRequest page);

    /** How many matches a search considers: the newest ones; a larger result says {@code SEARCH_WINDOW + 1} as its total. */
    int SEARCH_WINDOW = 100;

    /**
     * Published items of the categories citizens see, newest first; with a query, the page of its
     * {@link #search} (without saying whether it is approximate).
     */
    default Page<ContentItem> published(Site site, PublicCategories categories, PublicItemFilter filter, Instant now,
                                        PageRequest page) {
        Page<Long> ids = publishedIds(site, categories, filter, now, page, (f, count) -> count.getAsLong());
        return new Page<>(byIds(ids.items()), ids.total());
    }

    /**
     * The ids of {@link #published}, in its order, with the total of a listing (not of a search) taken
     * from {@code totals}, which may count or know it.
     */
    Page<Long> publishedIds(Site site, PublicCategories categories, PublicItemFilter filter, Instant now, PageRequest page,
                            Totals totals);

    /**
     * The best {@link #SEARCH_WINDOW} matches of the filter's query among the published items of the
     * categories citizens see, in rank order (every word held, words together as typed first, exact
     * diacritics, title before lead before body, newer first: the search index's documented ranking); when
     * no item holds every word, those holding most of them, marked approximate. The total says
     * {@code SEARCH_WINDOW + 1} when there are more.
     */
    SearchHits<Long> search(Site site, PublicCategories categories, PublicItemFilter filter, Instant now, PageRequest page);

    /** Where a listing's total comes from: {@code count} runs the query. */
    @FunctionalInterface
    interface Totals {
        long of(PublicItemFilter filter, LongSupplier count);
    }

    /** The items with these ids in the order of the ids; unknown ids are left out. */
    List<ContentItem> byIds(List<Long> ids);

    /**
     * The spelling of the tag {@code slug} on the first item citizens see (published by {@code now}, in a category
     * they see) carrying it, so that a tag page keeps its name; empty when no such item carries it.
     */
    Optional<String> publishedTagName(Site site, PublicCategories categories, String slug, Instant now);

    /**
     * Items of {@code site} first published in [{@code from}, {@code to}) and still published or archived, counted per
     * category, most first; of one source unit, or of every unit when {@code sourceUnit} is null.
     */
    List<CategoryTally> publishedPerCategory(Site site, Instant from, Instant to, Unit sourceUnit);

    /** The credited authors of the items of {@code site} first published in [{@code from}, {@code to}) and still published or archived. */
    List<AuthoredWork> authorsOfPublished(Site site, Instant from, Instant to);

    List<ContentItem> dueForPublishing(Instant now);

    List<ContentItem> dueForWithdrawal(Instant now);

    /** Items created since {@code since}, other than {@code exceptId}, and not rejected: candidates for the duplicate check. */
    List<DuplicateCandidate> duplicateCandidates(Site site, Instant since, long exceptId);

    void addRevision(Revision revision);

    /** Keeps the item as it now stands as its next revision, numbered after the last one. */
    default void revise(ContentItem item, String by, WorkflowAction action, String comment, Instant at) {
        addRevision(new Revision(item, lastRevisionNumber(item.getId()) + 1, by, action, comment, at));
    }

    List<Revision> revisions(long itemId);

    int lastRevisionNumber(long itemId);
}
