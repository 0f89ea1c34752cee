package vn.ttdt.portal.batch.royalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageReadAheadTest {

    private final ExecutorService readers = Executors.newSingleThreadExecutor();
    private final ExecutorService discarders = Executors.newSingleThreadExecutor();
    private final PageReadAhead<Integer> ahead = new PageReadAhead<>(readers, Duration.ofSeconds(10));

    @AfterEach
    void stopThreads() throws InterruptedException {
        readers.shutdownNow();
        discarders.shutdownNow();
        assertTrue(readers.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void takesThePageReadOnAnotherThread() {
        Thread caller = Thread.currentThread();
        ahead.start(() -> Thread.currentThread() == caller ? List.of() : List.of(1, 2, 3));

        assertTrue(ahead.isReading());
        assertEquals(List.of(1, 2, 3), ahead.take());
        assertFalse(ahead.isReading());
    }

    @Test
    void takingRethrowsTheReadsFailureAsItWasThrown() {
        IllegalArgumentException failure = new IllegalArgumentException("no such month");
        ahead.start(() -> {
            throw failure;
        });

        assertSame(failure, assertThrows(IllegalArgumentException.class, ahead::take));
        assertFalse(ahead.isReading());
    }

    @Test
    void takingWrapsACheckedFailure() {
        ahead.start(() -> {
            throw new IOException("connection reset");
        });

        assertEquals("connection reset", assertThrows(IllegalStateException.class, ahead::take).getCause().getMessage());
    }

    @Test
    void refusesASecondReadWhileOneIsUnderWay() {
        ahead.start(List::of);

        assertThrows(IllegalStateException.class, () -> ahead.start(List::of));
    }

    @Test
    void discardingWaitsUntilTheReadUnderWayHasEnded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        ahead.start(() -> {
            release.await(10, TimeUnit.SECONDS);
            ended.set(true);
            return List.of(1);
        });

        CompletableFuture<Void> discarding = CompletableFuture.runAsync(ahead::discard, discarders);

        assertThrows(TimeoutException.class, () -> discarding.get(300, TimeUnit.MILLISECONDS));
        release.countDown();
        discarding.get(10, TimeUnit.SECONDS);
        assertTrue(ended.get());
        assertFalse(ahead.isReading());
    }

    @Test
    void discardingDropsAFailedReadSilently() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        ahead.start(() -> {
            failed.countDown();
            throw new IllegalStateException("deadlock");
        });
        assertTrue(failed.await(10, TimeUnit.SECONDS));

        ahead.discard();

        assertFalse(ahead.isReading());
    }

    @Test
    void discardingInterruptsAReadStillUnderWayAfterTheLongestWait() throws Exception {
        PageReadAhead<Integer> impatient = new PageReadAhead<>(readers, Duration.ofMillis(50));
        CountDownLatch interrupted = new CountDownLatch(1);
        impatient.start(() -> {
            try {
                new CountDownLatch(1).await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return List.of();
        });

        impatient.discard();

        assertTrue(interrupted.await(10, TimeUnit.SECONDS));
        assertFalse(impatient.isReading());
    }

    @Test
    void discardingWithNoReadUnderWayDoesNothing() {
        ahead.discard();

        assertFalse(ahead.isReading());
    }
}
