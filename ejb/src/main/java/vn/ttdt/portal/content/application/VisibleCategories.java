package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.PublicCategories;
import vn.ttdt.portal.organisation.application.SiteDirectory;

/**
 * The categories citizens see, read once per content generation: every public page shows the menu
 * and every public listing leaves out the items of the others; categories change only through the
 * service that moves the generation.
 */
@ApplicationScoped
public class VisibleCategories {

    private record Kept(long generation, List<CategoryView> shown, PublicCategories scope) {

        static Kept of(long generation, List<CategoryView> all) {
            List<CategoryView> shown = all.stream().filter(CategoryView::visible).toList();
            return new Kept(generation, shown,
                    new PublicCategories(shown.stream().collect(Collectors.toMap(CategoryView::slug, CategoryView::id)),
                            all.stream().filter(c -> !c.visible()).map(CategoryView::id).collect(Collectors.toSet())));
        }
    }

    private LongSupplier generation;
    private Supplier<List<CategoryView>> read;
    private volatile Kept kept = new Kept(Long.MIN_VALUE, List.of(), new PublicCategories(Map.of(), Set.of()));

    protected VisibleCategories() {
    }

    @Inject
    VisibleCategories(PublishedContentGeneration generation, CategoryRepository categories, SiteDirectory sites) {
        this(generation::current, () -> categories.allOf(sites.forReading()).stream().map(CategoryView::of).toList());
    }

    /** {@code read}: every category of the site in menu order, {@code visible} when citizens see it. */
    VisibleCategories(LongSupplier generation, Supplier<List<CategoryView>> read) {
        this.generation = generation;
        this.read = read;
    }

    /** The visible categories in menu order, as they stood at the current generation. */
    public List<CategoryView> all() {
        return current().shown();
    }

    /** The same as ids by slug, with the ids of the categories citizens do not see: for public listings and search. */
    public PublicCategories scope() {
        return current().scope();
    }

    public Optional<CategoryView> bySlug(String slug) {
        return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public List<Long> ids() {
        return all().stream().map(CategoryView::id).toList();
    }

    private Kept current() {
        long now = generation.getAsLong();
        Kept last = kept;
        if (last.generation() != now) {
            last = Kept.of(now, read.get());
            kept = last;
        }
        return last;
    }
}
