package vn.ttdt.portal.content.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** What the public portal and its API show: visible categories and items published by now, with search. */
@Stateless
@PermitAll
public class PublicContent {

    @Inject
    private CategoryRepository categories;

    @Inject
    private ContentItemRepository items;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    public List<CategoryView> categories() {
        return categories.allOf(sites.current()).stream().filter(c -> c.isVisible()).map(CategoryView::of).toList();
    }

    public Optional<CategoryView> category(String slug) {
        return categories.bySlug(sites.current(), slug).filter(c -> c.isVisible()).map(CategoryView::of);
    }

    public Page<PublicItem> items(@NotNull PublicItemFilter filter, @NotNull PageRequest page) {
        return items.published(sites.current(), filter, clock.instant(), page).map(PublicItem::of);
    }

    public Optional<PublicItem> item(String slug) {
        return items.bySlug(sites.current(), slug)
                .filter(i -> i.getState() == ItemState.PUBLISHED && i.getCategory().isVisible()
                        && i.getPublishedAt() != null && !i.getPublishedAt().isAfter(clock.instant()))
                .map(PublicItem::of);
    }
}
