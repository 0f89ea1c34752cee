package vn.ttdt.portal.content.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.media.domain.MediaRefused;
import vn.ttdt.portal.content.media.infrastructure.imaging.DecodeSlots;

class DecodeSlotsTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        finish.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void noMoreDecodesRunAtOnceThanThereAreSlotsAndALateOneIsRefusedClearly() throws Exception {
        DecodeSlots slots = new DecodeSlots(2, Duration.ofMillis(50));
        occupy(slots, 2);
        MediaRefused busy = assertThrows(MediaRefused.class, () -> slots.run(() -> "third"));
        assertEquals("media.busy", busy.messageKey());
        finish.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals("after", slots.run(() -> "after"), "slots are given back when the decodes end");
    }

    @Test
    void aDecodeWaitsForAFreeSlotWithinTheWaitingTime() throws Exception {
        DecodeSlots slots = new DecodeSlots(1, Duration.ofSeconds(30));
        occupy(slots, 1);
        Future<String> second = pool.submit(() -> slots.run(() -> "second"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (slots.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1, slots.waiting(), "the second decode waits");
        assertFalse(second.isDone());
        finish.countDown();
        assertEquals("second", second.get(10, TimeUnit.SECONDS));
    }

    /** Starts decodes that hold their slots until {@link #finish} opens; returns once all run. */
    private void occupy(DecodeSlots slots, int decodes) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(decodes);
        for (int i = 0; i < decodes; i++) {
            pool.submit(() -> slots.run(() -> {
                started.countDown();
                finish.await();
                return null;
            }));
        }
        assertTrue(started.await(10, TimeUnit.SECONDS), decodes + " decodes run side by side");
    }
}
