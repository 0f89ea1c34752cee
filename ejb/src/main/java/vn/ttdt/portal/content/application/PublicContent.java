package vn.ttdt.portal.content.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** What the public portal and its API show: visible categories and items published by now, with search. */
@Stateless
@PermitAll
public class PublicContent {

    /** How many items the "Tin liên quan" list of an item page shows at most. */
    public static final int RELATED_SHOWN = 5;

    @Inject
    private CategoryRepository categories;

    @Inject
    private ContentItemRepository items;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Inject
    private ListingTotals totals;

    public List<CategoryView> categories() {
        return categories.allOf(sites.forReading()).stream().filter(c -> c.isShownPublicly()).map(CategoryView::of).toList();
    }

    public Optional<CategoryView> category(String slug) {
        return categories.bySlug(sites.forReading(), slug).filter(c -> c.isShownPublicly()).map(CategoryView::of);
    }

    /** A page of published items; a listing's total is counted once per content generation ({@link ListingTotals}). */
    public Page<PublicItem> items(@NotNull PublicItemFilter filter, @NotNull PageRequest page) {
        return items.published(sites.forReading(), filter, clock.instant(), page, totals::of).map(PublicItem::of);
    }

    /** The newest published items of a listing, without counting them all (home page, feeds). */
    public List<PublicItem> newest(@NotNull PublicItemFilter filter, int limit) {
        return items.published(sites.forReading(), filter, clock.instant(), PageRequest.first(limit), (f, count) -> limit)
                .items().stream().map(PublicItem::of).toList();
    }

    /** A published item with what to read next: the related items its editor chose, or else the newest of its category. */
    public Optional<PublicItem> item(String slug) {
        Site site = sites.forReading();
        Instant now = clock.instant();
        return items.bySlug(site, slug).filter(i -> readable(i, site, now))
                .map(i -> PublicItem.of(i).withRelated(related(i, site, now)));
    }

    /** A keyword that at least one published item carries, in that item's spelling. */
    public Optional<PublicItem.TagRef> tag(String slug) {
        return items.publishedTagName(sites.forReading(), slug).map(name -> new PublicItem.TagRef(slug, name));
    }

    private List<PublicItem.RelatedItem> related(ContentItem item, Site site, Instant now) {
        List<PublicItem.RelatedItem> chosen = items.byIds(item.getRelatedIds()).stream()
                .filter(i -> readable(i, site, now)).limit(RELATED_SHOWN).map(PublicItem.RelatedItem::of).toList();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        return items.sameCategoryNewest(item, now, RELATED_SHOWN).stream().map(PublicItem.RelatedItem::of).toList();
    }

    private static boolean readable(ContentItem item, Site site, Instant now) {
        return item.getState() == ItemState.PUBLISHED && item.getCategory().isShownPublicly()
                && item.getSite().getId().equals(site.getId())
                && item.getPublishedAt() != null && !item.getPublishedAt().isAfter(now);
    }
}
