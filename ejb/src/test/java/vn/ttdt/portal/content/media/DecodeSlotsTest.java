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
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.media.domain.MediaRefused;
import vn.ttdt.portal.content.media.infrastructure.imaging.DecodeSlots;

class DecodeSlotsTest {

    @Test
    void noMoreDecodesRunAtOnceThanThereAreSlotsAndALateOneIsRefusedClearly() throws Exception {
        DecodeSlots slots = new DecodeSlots(2, Duration.ofMillis(50));
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> slots.run(() -> {
                    started.countDown();
                    finish.await();
                    return null;
                }));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS), "two decodes run side by side");
            MediaRefused busy = assertThrows(MediaRefused.class, () -> slots.run(() -> "third"));
            assertEquals("media.busy", busy.messageKey());
            finish.countDown();
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertEquals("after", slots.run(() -> "after"), "slots are given back");
    }

    @Test
    void aDecodeWaitsForAFreeSlotWithinTheWaitingTime() throws Exception {
        DecodeSlots slots = new DecodeSlots(1, Duration.ofSeconds(30));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> slots.run(() -> {
                started.countDown();
                finish.await();
                return null;
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Future<String> second = pool.submit(() -> slots.run(() -> "second"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (slots.waiting() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(1, slots.waiting(), "the second decode waits");
            assertFalse(second.isDone());
            finish.countDown();
            assertEquals("second", second.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
