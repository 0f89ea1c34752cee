package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageStoreTest {

    private static final byte[] HOME = "<html>trang chủ</html>".getBytes();

    @Test
    void twentySimultaneousMissesOfOnePageRenderItOnce() throws Exception {
        PageStore store = new PageStore(10, Duration.ofMinutes(1));
        AtomicInteger renders = new AtomicInteger();
        PageStore.Renderer slowRender = () -> {
            renders.incrementAndGet();
            while (store.waiting() < 19) {
                Thread.onSpinWait();
            }
            return new CachedPage(HOME, "text/html", 1);
        };
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PageStore.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return store.obtain("/", 1, slowRender);
                }));
            }
            start.countDown();
            List<PageStore.Source> sources = new ArrayList<>();
            for (Future<PageStore.Outcome> outcome : outcomes) {
                PageStore.Outcome got = outcome.get(1, TimeUnit.MINUTES);
                assertArrayEquals(HOME, got.page().body());
                sources.add(got.source());
            }
            assertEquals(1, renders.get());
            assertEquals(1, sources.stream().filter(s -> s == PageStore.Source.RENDERED).count());
            assertEquals(19, sources.stream().filter(s -> s == PageStore.Source.WAITED).count());
            assertEquals(PageStore.Source.HIT, store.obtain("/", 1, slowRender).source());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaiterWhoseWaitRunsOutRendersThePageItself() throws Exception {
        PageStore store = new PageStore(10, Duration.ofMillis(1));
        CountDownLatch waiterDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<PageStore.Outcome> first = pool.submit(() -> store.obtain("/", 1, () -> {
                try {
                    waiterDone.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return new CachedPage(HOME, "text/html", 1);
            }));
            while (!store.rendering()) {
                Thread.onSpinWait();
            }
            PageStore.Outcome waiter = store.obtain("/", 1, () -> {
                throw new AssertionError("a waiter does not render through the store");
            });
            waiterDone.countDown();
            assertEquals(PageStore.Source.RENDER_YOURSELF, waiter.source());
            assertNull(waiter.page());
            assertEquals(PageStore.Source.RENDERED, first.get(1, TimeUnit.MINUTES).source());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPageThatMayNotBeKeptIsRenderedAgainNextTime() throws Exception {
        PageStore store = new PageStore(10, Duration.ofMinutes(1));
        AtomicInteger renders = new AtomicInteger();
        PageStore.Renderer notFound = () -> {
            renders.incrementAndGet();
            return null;
        };
        assertEquals(PageStore.Source.RENDERED, store.obtain("/tin/khong-co", 1, notFound).source());
        assertEquals(PageStore.Source.RENDERED, store.obtain("/tin/khong-co", 1, notFound).source());
        assertEquals(2, renders.get());
    }

    @Test
    void aRenderThatFailsLetsTheNextRequestRender() throws Exception {
        PageStore store = new PageStore(10, Duration.ofMinutes(1));
        PageStore.Renderer failing = () -> {
            throw new IllegalStateException("database gone");
        };
        assertThrows(IllegalStateException.class, () -> store.obtain("/", 1, failing));
        assertFalse(store.rendering());
        PageStore.Outcome next = store.obtain("/", 1, () -> new CachedPage(HOME, "text/html", 1));
        assertEquals(PageStore.Source.RENDERED, next.source());
    }
}
