package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RenderTurnsTest {

    private final ExecutorService visitors = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        visitors.shutdownNow();
    }

    @Test
    void aRenderBeyondTheConcurrentOnesWaitsUntilOneEnds() throws Exception {
        RenderTurns turns = new RenderTurns(2, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twoRunning = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            visitors.submit(() -> turns.take(() -> {
                twoRunning.countDown();
                return hold(release);
            }));
        }
        assertTrue(twoRunning.await(5, TimeUnit.SECONDS));
        CountDownLatch thirdStarted = new CountDownLatch(1);
        Future<String> third = visitors.submit(() -> turns.take(() -> {
            thirdStarted.countDown();
            return "third";
        }));
        awaitCondition(() -> turns.waiting() == 1);
        assertFalse(thirdStarted.await(200, TimeUnit.MILLISECONDS), "two renders at a time: the third waits");
        release.countDown();
        assertEquals("third", third.get(5, TimeUnit.SECONDS));
    }

    @Test
    void waitingRendersTakeTheirTurnsInTheOrderTheyCame() throws Exception {
        RenderTurns turns = new RenderTurns(1, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        visitors.submit(() -> turns.take(() -> {
            running.countDown();
            return hold(release);
        }));
        assertTrue(running.await(5, TimeUnit.SECONDS));
        List<String> order = new CopyOnWriteArrayList<>();
        List<Future<?>> queued = new ArrayList<>();
        for (String visitor : List.of("a", "b", "c", "d")) {
            int before = turns.waiting();
            queued.add(visitors.submit(() -> turns.take(() -> order.add(visitor))));
            awaitCondition(() -> turns.waiting() == before + 1);
        }
        release.countDown();
        for (Future<?> visitor : queued) {
            visitor.get(5, TimeUnit.SECONDS);
        }
        assertEquals(List.of("a", "b", "c", "d"), order);
    }

    @Test
    void aRenderWithoutATurnWithinTheWaitIsRefusedAndLeavesTheTurnsAsTheyWere() throws Exception {
        RenderTurns turns = new RenderTurns(1, Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        Future<?> first = visitors.submit(() -> turns.take(() -> {
            running.countDown();
            return hold(release);
        }));
        assertTrue(running.await(5, TimeUnit.SECONDS));
        assertThrows(RenderTurns.Busy.class, () -> turns.take(() -> "never"));
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertEquals("next", turns.take(() -> "next"), "the refused render took no turn with it");
    }

    @Test
    void aFailedRenderGivesItsTurnBack() throws Exception {
        RenderTurns turns = new RenderTurns(1, Duration.ofMillis(100));
        assertThrows(IOException.class, () -> turns.take(() -> {
            throw new IOException("the page failed");
        }));
        assertEquals("after", turns.take(() -> "after"));
    }

    @Test
    void atLeastOneRenderAtATime() {
        assertThrows(IllegalArgumentException.class, () -> new RenderTurns(0, Duration.ofSeconds(1)));
    }

    /** A render that lasts until released. */
    private static Void hold(CountDownLatch release) throws IOException {
        try {
            release.await();
        } catch (InterruptedException e) {
            throw new InterruptedIOException("released by the test's end");
        }
        return null;
    }

    /** Spins until the condition holds, as PageStoreTest does, failing after 5 s. */
    private static void awaitCondition(BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached within 5 s");
            }
            Thread.onSpinWait();
        }
    }
}
