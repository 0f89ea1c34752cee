package vn.ttdt.portal.shared.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who waits while one reader looks at the change log: nobody for a look that is only due, everybody for this node's own
 * change; and what readers get from an index that can no longer follow while it is built again.
 */
class FollowedIndexTest {

    private static final long SITE = 1;
    private static final Instant BUILT = Instant.parse("2023-05-10T01:00:00Z");

    private final CountDownLatch lookStarted = new CountDownLatch(1);
    private final CountDownLatch lookMayEnd = new CountDownLatch(1);
    private final ExecutorService readers = Executors.newFixedThreadPool(2);
    private final FollowedIndex<Words> followed = new FollowedIndex<>(this::slowLook, () -> { });

    private Consumer<Words> slowLook(Words index, long site, Instant since) {
        lookStarted.countDown();
        await(lookMayEnd);
        return changing -> changing.words.add("mới");
    }

    @Test
    void aLookThatIsOnlyDueHoldsNoOtherReaderUp() throws Exception {
        build(7);
        Instant due = BUILT.plus(FollowedIndex.SHARED_LOOK);
        CompletableFuture<Optional<List<String>>> looker = CompletableFuture.supplyAsync(() -> words(7, due), readers);
        assertTrue(lookStarted.await(10, TimeUnit.SECONDS));

        assertEquals(Optional.of(List.of("cũ")), words(7, due), "answered from the index as it stands");

        lookMayEnd.countDown();
        assertEquals(Optional.of(List.of("cũ", "mới")), looker.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(List.of("cũ", "mới")), words(7, due));
    }

    @Test
    void aChangeOfThisNodeIsWaitedFor() throws Exception {
        build(7);
        CompletableFuture<Optional<List<String>>> looker = CompletableFuture.supplyAsync(() -> words(8, BUILT), readers);
        assertTrue(lookStarted.await(10, TimeUnit.SECONDS));

        CompletableFuture<Optional<List<String>>> waiter = CompletableFuture.supplyAsync(() -> words(8, BUILT), readers);
        assertThrows(TimeoutException.class, () -> waiter.get(300, TimeUnit.MILLISECONDS),
                "the generation moved: the answer must hold this node's change");

        lookMayEnd.countDown();
        assertEquals(Optional.of(List.of("cũ", "mới")), waiter.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(List.of("cũ", "mới")), looker.get(10, TimeUnit.SECONDS));
    }

    @Test
    void anIndexOffInPlacesAnswersWhileItIsBuiltAgain() {
        List<String> builds = new ArrayList<>();
        FollowedIndex<Words> offInPlaces = new FollowedIndex<>(lateArrival(true), () -> builds.add("build"));
        build(offInPlaces, 7);

        assertEquals(Optional.of(List.of("cũ", "muộn")), words(offInPlaces, 8, BUILT), "the index as it stands, late arrival included");
        assertEquals(List.of("build"), builds, "and built again, once");
        assertEquals(Optional.of(List.of("cũ", "muộn")), words(offInPlaces, 8, BUILT.plusSeconds(1)));
        assertEquals(List.of("build"), builds, "not again while that build runs");
    }

    @Test
    void anIndexThatCannotAnswerLeavesReadersToTheDatabaseWhileItIsBuiltAgain() {
        List<String> builds = new ArrayList<>();
        FollowedIndex<Words> wrong = new FollowedIndex<>(lateArrival(false), () -> builds.add("build"));
        build(wrong, 7);

        assertEquals(Optional.empty(), words(wrong, 8, BUILT));
        assertEquals(List.of("build"), builds);
    }

    /** A change log whose change makes the index unusable: a row older than the newest one kept arrives. */
    private static FollowedIndex.ChangeLog<Words> lateArrival(boolean answersUntilRebuilt) {
        return (index, site, since) -> changing -> {
            changing.words.add("muộn");
            changing.usable = false;
            changing.answersUntilRebuilt = answersUntilRebuilt;
        };
    }

    @AfterEach
    void stopReaders() {
        lookMayEnd.countDown();
        readers.shutdownNow();
    }

    private void build(long generation) {
        build(followed, generation);
    }

    private static void build(FollowedIndex<Words> index, long generation) {
        index.build(generation + 1, BUILT, () -> {
            Words built = new Words();
            built.words.add("cũ");
            return new FollowedIndex.Built<>(SITE, built);
        }, () -> BUILT);
    }

    private Optional<List<String>> words(long generation, Instant now) {
        return words(followed, generation, now);
    }

    private static Optional<List<String>> words(FollowedIndex<Words> followed, long generation, Instant now) {
        return followed.read(SITE, generation, now, index -> Optional.of(List.copyOf(index.words)));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class Words implements FollowedIndex.Followed {
        private final List<String> words = new ArrayList<>();
        private boolean usable = true;
        private boolean answersUntilRebuilt;

        @Override
        public boolean usable() {
            return usable;
        }

        @Override
        public boolean answersUntilRebuilt() {
            return answersUntilRebuilt;
        }

        @Override
        public String summary() {
            return words.size() + " words";
        }
    }
}
