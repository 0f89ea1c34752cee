package vn.ttdt.portal.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.PublicItemFilter;

class ListingTotalsTest {

    private final AtomicLong generation = new AtomicLong(1);
    private final ListingTotals totals = new ListingTotals(generation::get);
    private final AtomicInteger counts = new AtomicInteger();

    private long count(PublicItemFilter filter, long rows) {
        return totals.of(filter, () -> {
            counts.incrementAndGet();
            return rows;
        });
    }

    @Test
    void aListingIsCountedOncePerGeneration() {
        PublicItemFilter category = new PublicItemFilter("van-hoa-the-thao", null, null, null, null);
        assertEquals(12_500, count(category, 12_500));
        assertEquals(12_500, count(new PublicItemFilter("van-hoa-the-thao", null, null, null, null), 99));
        assertEquals(1, counts.get());
    }

    @Test
    void eachListingHasItsOwnTotal() {
        assertEquals(3, count(PublicItemFilter.tagged("nong-thon-moi"), 3));
        assertEquals(7, count(PublicItemFilter.all(), 7));
        assertEquals(2, counts.get());
    }

    @Test
    void aChangeOfPublishedContentCountsAgain() {
        count(PublicItemFilter.all(), 7);
        generation.incrementAndGet();
        assertEquals(8, count(PublicItemFilter.all(), 8));
        assertEquals(2, counts.get());
    }
}
