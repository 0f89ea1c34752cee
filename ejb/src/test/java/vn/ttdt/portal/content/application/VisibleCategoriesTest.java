package vn.ttdt.portal.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

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

    private List<String> slugs() {
        return categories.all().stream().map(CategoryView::slug).toList();
    }

    private static CategoryView category(long id, String slug) {
        return new CategoryView(id, slug, slug, "", null, (int) id, true);
    }
}
