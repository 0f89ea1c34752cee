package vn.ttdt.portal.site.cache;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The page cache with one render per page: when a page is missing, the first request renders it and
 * the requests for the same page arriving meanwhile wait for that result instead of rendering it
 * again. A waiter that waits longer than {@code wait}, or whose page turned out not to be cacheable
 * (an error, a cookie), renders the page itself.
 */
final class PageStore {

    /** Where a request's page comes from. */
    enum Source { HIT, WAITED, RENDERED, RENDER_YOURSELF }

    /** A page ready to send (null after {@code RENDERED} when not cacheable, and for {@code RENDER_YOURSELF}). */
    record Outcome(CachedPage page, Source source) {
    }

    /** Renders the page into the caller's response; returns it when it may be kept, else null. */
    @FunctionalInterface
    interface Renderer {
        CachedPage render() throws IOException, ServletException;
    }

    private final PageCache cache;
    private final long waitNanos;
    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    PageStore(int capacity, Duration wait) {
        this.cache = new PageCache(capacity);
        this.waitNanos = wait.toNanos();
    }

    Outcome obtain(String key, long generation, Renderer renderer) throws IOException, ServletException {
        CachedPage page = cache.fresh(key, generation);
        if (page != null) {
            return new Outcome(page, Source.HIT);
        }
        String renderKey = generation + " " + key;
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> other = rendering.putIfAbsent(renderKey, mine);
        if (other != null) {
            CachedPage waited = await(other);
            return waited == null ? new Outcome(null, Source.RENDER_YOURSELF) : new Outcome(waited, Source.WAITED);
        }
        CachedPage rendered = null;
        try {
            rendered = cache.fresh(key, generation);
            if (rendered != null) {
                return new Outcome(rendered, Source.HIT);
            }
            rendered = renderer.render();
            if (rendered != null) {
                cache.put(key, rendered);
            }
            return new Outcome(rendered, Source.RENDERED);
        } finally {
            rendering.remove(renderKey, mine);
            mine.complete(rendered);
        }
    }

    /** The page kept for this key at this generation, or null: a look without rendering or waiting. */
    CachedPage kept(String key, long generation) {
        return cache.fresh(key, generation);
    }

    /** How many requests wait for another one's render right now. */
    int waiting() {
        return waiting.get();
    }

    /** Whether some request is rendering a page right now. */
    boolean rendering() {
        return !rendering.isEmpty();
    }

    private CachedPage await(CompletableFuture<CachedPage> render) {
        waiting.incrementAndGet();
        try {
            return render.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } finally {
            waiting.decrementAndGet();
        }
    }
}
