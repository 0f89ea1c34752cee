package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountedIdsTest {

    private static CountedItem news(long id) {
        return new CountedItem(CountedItem.Kind.NEWS, id);
    }

    private static CountedItem article(long id) {
        return new CountedItem(CountedItem.Kind.ARTICLE, id);
    }

    private static CountedItem request(long id) {
        return new CountedItem(CountedItem.Kind.POSTING_REQUEST, id);
    }

    @Test
    void theIdsAreKeptByKindInAscendingOrderAsDifferencesInBase36() {
        CountedIds ids = CountedIds.of(List.of(article(1_000_037), news(48), request(7), news(12), article(1_000_000)));

        assertEquals("c,10|lfls,11|7", ids.encoded());
        assertEquals(5, ids.count());
        assertEquals(List.of(news(12), news(48), article(1_000_000), article(1_000_037), request(7)), ids.items());
    }

    @Test
    void whatIsStoredReadsBackAsTheSameItems() {
        List<CountedItem> items = List.of(news(3), news(4), news(5), article(99_999_999_999L), request(1));
        CountedIds stored = CountedIds.parse(CountedIds.of(items).encoded());

        assertEquals(items, stored.items());
        assertEquals(5, stored.count());
    }

    @Test
    void nothingCountedIsThreeEmptyKinds() {
        assertEquals(CountedIds.NONE, CountedIds.of(List.of()));
        assertEquals(List.of(), CountedIds.parse("||").items());
        assertEquals(List.of(article(10)), CountedIds.parse("|A|").items(), "the migration's upper case reads too");
    }
}
