package vn.ttdt.portal.site.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VisitTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private static final VisitedPage ITEM = new VisitedPage(PageKind.ITEM, "tin-a");
    private static final VisitedPage HOME = new VisitedPage(PageKind.HOME, "/");
    private static final Instant NINE = Instant.parse("2026-12-06T02:00:00Z");

    @Test
    void aFlushSumsTheViewsPerPageAndDayAndKeepsEachVisitorOnceWithTheLastTimeSeen() {
        VisitTally tally = new VisitTally(100);
        tally.add(new Visit(DAY, ITEM, "k1", NINE, "google.com"));
        tally.add(new Visit(DAY, ITEM, "k1", NINE.plusSeconds(60), null));
        tally.add(new Visit(DAY, ITEM, "k2", NINE.plusSeconds(30), "google.com"));
        tally.add(new Visit(DAY, HOME, "k1", NINE.plusSeconds(10), "zalo.me"));
        tally.add(new Visit(DAY.plusDays(1), ITEM, "k1", NINE.plusSeconds(86_400), null));

        VisitBatch batch = tally.drain();
        assertEquals(Map.of(new VisitBatch.PageDay(DAY, ITEM), 3L, new VisitBatch.PageDay(DAY, HOME), 1L,
                new VisitBatch.PageDay(DAY.plusDays(1), ITEM), 1L), batch.pages());
        assertEquals(5, batch.views());
        assertEquals(Map.of(new VisitBatch.VisitorDay(DAY, "k1"), NINE.plusSeconds(60), new VisitBatch.VisitorDay(DAY, "k2"),
                NINE.plusSeconds(30), new VisitBatch.VisitorDay(DAY.plusDays(1), "k1"), NINE.plusSeconds(86_400)), batch.visitors());
        assertEquals(Map.of(new VisitBatch.ReferrerDay(DAY, "google.com"), 2L, new VisitBatch.ReferrerDay(DAY, "zalo.me"), 1L),
                batch.referrers());
        assertTrue(tally.drain().isEmpty(), "a drained tally starts again from nothing");
    }

    @Test
    void aBatchPutBackAddsToWhatWasCountedMeanwhile() {
        VisitTally tally = new VisitTally(100);
        tally.add(new Visit(DAY, ITEM, "k1", NINE, "google.com"));
        VisitBatch failed = tally.drain();
        tally.add(new Visit(DAY, ITEM, "k1", NINE.plusSeconds(5), "google.com"));
        tally.restore(failed);
        VisitBatch next = tally.drain();
        assertEquals(2L, next.pages().get(new VisitBatch.PageDay(DAY, ITEM)));
        assertEquals(2L, next.referrers().get(new VisitBatch.ReferrerDay(DAY, "google.com")));
        assertEquals(NINE.plusSeconds(5), next.visitors().get(new VisitBatch.VisitorDay(DAY, "k1")));
    }

    @Test
    void aFullTallyStillCountsWhatItHoldsButNothingNew() {
        VisitTally tally = new VisitTally(2);
        assertTrue(tally.add(new Visit(DAY, ITEM, "k1", NINE, null)));
        assertTrue(tally.add(new Visit(DAY, ITEM, "k1", NINE, null)), "the same page and visitor");
        assertFalse(tally.add(new Visit(DAY, HOME, "k1", NINE, null)), "a new page");
        assertFalse(tally.add(new Visit(DAY, ITEM, "k2", NINE, null)), "a new visitor");
        assertEquals(2, tally.drain().views());
    }

    @Test
    void viewsCountedFromManyThreadsAtOnceAreAllInTheBatches() throws InterruptedException {
        VisitTally tally = new VisitTally(1_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long[] drained = new long[1];
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 2_500; i++) {
                    tally.add(new Visit(DAY, ITEM, "k" + (i % 10), NINE, null));
                    if (i % 500 == 0) {
                        long views = tally.drain().views();
                        synchronized (drained) {
                            drained[0] += views;
                        }
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(10_000, drained[0] + tally.drain().views());
    }
}
