package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import vn.ttdt.portal.content.domain.Category;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;

/**
 * The categories citizens see, read once per content generation: every public page shows the menu,
 * and categories change only through the service that moves the generation.
 */
@ApplicationScoped
public class VisibleCategories {

    private record Kept(long generation, List<CategoryView> categories) {
    }

    private LongSupplier generation;
    private Supplier<List<CategoryView>> read;
    private volatile Kept kept = new Kept(Long.MIN_VALUE, List.of());

    protected VisibleCategories() {
    }

    @Inject
    VisibleCategories(PublishedContentGeneration generation, CategoryRepository categories, SiteDirectory sites) {
        this(generation::current, () -> categories.allOf(sites.forReading()).stream()
                .filter(Category::isShownPublicly).map(CategoryView::of).toList());
    }

    VisibleCategories(LongSupplier generation, Supplier<List<CategoryView>> read) {
        this.generation = generation;
        this.read = read;
    }

    /** The visible categories in menu order, as they stood at the current generation. */
    public List<CategoryView> all() {
        long current = generation.getAsLong();
        Kept now = kept;
        if (now.generation() != current) {
            now = new Kept(current, List.copyOf(read.get()));
            kept = now;
        }
        return now.categories();
    }

    public Optional<CategoryView> bySlug(String slug) {
        return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public List<Long> ids() {
        return all().stream().map(CategoryView::id).toList();
    }
}
