package vn.ttdt.portal.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.PublicCategories;

class VisibleCategoriesTest {

    private final AtomicLong generation = new AtomicLong(7);
    private final AtomicInteger reads = new AtomicInteger();
    private List<CategoryView> stored = List.of(category(1, "tin-tuc"));
    private final VisibleCategories categories = new VisibleCategories(generation::get, () -> {
        reads.incrementAndGet();
        return stored;
    });

    @Test
    void readsOncePerGenerationAndAgainWhenItMoves() {
        assertEquals(List.of("tin-tuc"), slugs());
        assertEquals(List.of("tin-tuc"), slugs());
        assertEquals(1, reads.get());

        stored = List.of(category(1, "tin-tuc"), category(2, "van-hoa"));
        assertEquals(List.of("tin-tuc"), slugs(), "the same generation keeps what it read");
        generation.incrementAndGet();
        assertEquals(List.of("tin-tuc", "van-hoa"), slugs());
        assertEquals(2, reads.get());
        assertEquals(List.of(1L, 2L), categories.ids());
        assertEquals("van-hoa", categories.bySlug("van-hoa").orElseThrow().slug());
        assertEquals(true, categories.bySlug("khong-co").isEmpty());
    }

    @Test
    void keepsTheHiddenOnesOutOfTheMenuAndNamesThemForListings() {
        stored = List.of(category(1, "tin-tuc"), hidden(2, "an-di"), category(3, "van-hoa"));
        assertEquals(List.of("tin-tuc", "van-hoa"), slugs());
        PublicCategories scope = categories.scope();
        assertEquals(Set.of(2L), scope.notShownIds());
        assertEquals(Set.of(1L, 3L), scope.shownIds());
        assertEquals(Optional.of(3L), scope.shownId("van-hoa"));
        assertEquals(Optional.empty(), scope.shownId("an-di"), "a hidden category is no listing's category");
        assertEquals(1, reads.get(), "menu and scope come from one read");
    }

    private List<String> slugs() {
        return categories.all().stream().map(CategoryView::slug).toList();
    }

    private static CategoryView category(long id, String slug) {
        return new CategoryView(id, slug, slug, "", null, (int) id, true);
    }

    private static CategoryView hidden(long id, String slug) {
        return new CategoryView(id, slug, slug, "", null, (int) id, false);
    }
}
