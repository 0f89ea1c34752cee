package vn.ttdt.portal.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PublishedItemCardsTest {

    private final AtomicLong generation = new AtomicLong(3);
    private final PublishedItemCards cards = new PublishedItemCards(generation::get);
    private final List<List<Long>> reads = new ArrayList<>();
    private String title = "Xã Sông Ray khánh thành trường học";

    private final Function<List<Long>, List<PublicItem>> database = ids -> {
        reads.add(ids);
        return ids.stream().filter(id -> id != 404).map(this::item).toList();
    };

    private PublicItem item(long id) {
        return new PublicItem(id, "tin-" + id, "NEWS", title, "Huyện Cẩm Mỹ", null, Instant.parse("2026-11-02T01:00:00Z"),
                new PublicItem.CategoryRef("tin-tuc", "Tin tức"), "UBND xã Sông Ray", List.of("An Nhiên"), List.of(), List.of(),
                null, List.of());
    }

    private static List<Long> ids(List<PublicItem> items) {
        return items.stream().map(PublicItem::id).toList();
    }

    @Test
    void itemsListedOnceAreNotReadAgainWhileTheGenerationStays() {
        assertEquals(List.of(5L, 2L), ids(cards.listed(List.of(5L, 2L), database)));
        assertEquals(List.of(2L, 9L, 5L), ids(cards.listed(List.of(2L, 404L, 9L, 5L), database)));
        assertEquals(List.of(List.of(5L, 2L), List.of(404L, 9L)), reads, "only what no search had listed; 404 is gone");
    }

    @Test
    void aPublicationOrChangeMovesTheGenerationAndTheItemsAreReadAgain() {
        cards.listed(List.of(1L), database);
        title = "Xã Sông Ray khánh thành trường học mới";
        generation.incrementAndGet();
        assertEquals(title, cards.listed(List.of(1L), database).get(0).title());
        assertEquals(2, reads.size());
    }
}
