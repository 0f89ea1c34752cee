package vn.ttdt.portal.site.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.infrastructure.metrics.PortalMeters;
import vn.ttdt.portal.site.feeds.SiteUrls;

/**
 * Serves public pages and feeds from memory as ready bytes, rendering each once per content
 * generation: a publication, change or withdrawal moves the generation and the next visitor gets a
 * freshly rendered page. Only anonymous GETs ({@link CacheableRequests}) of the portal's own pages are cached, keyed on the path
 * and the parameters the page declares ({@link PageKey}), and rendered without seeing any other
 * parameter ({@link DeclaredParameters}); simultaneous misses of one page wait for a
 * single render ({@link PageStore}). The answer says {@code X-Cache: HIT} or {@code MISS}. A kept page is mostly
 * answered before the request reaches the servlets ({@link KeptPageHandler}, with the same keys); this filter keeps
 * the pages and answers the hits that handler leaves to it.
 * Capacity: {@code -Dportal.cache.pages} (default 5000, 0 = off); longest wait for another request's
 * render: {@code -Dportal.cache.wait-ms} (default 10000). For benchmarks only,
 * {@code -Dportal.cache.bypass-header=X-Name} lets requests carrying that header skip the cache
 * ({@code X-Cache: BYPASS}); without the property no request can. Every render, kept or not, waits for its turn
 * ({@link RenderTurns}): at most {@code -Dportal.render.concurrency} at once (default twice the processors), a render
 * not started within {@code -Dportal.render.wait-ms} (default 10000) is answered 503 with {@code Retry-After}.
 */
public class PublicPageCacheFilter extends HttpFilter {

    private static final int CAPACITY = Settings.integer("portal.cache.pages", 5000);
    private static final int RETRY_AFTER_SECONDS = 5;

    private final PageStore store = new PageStore(Math.max(1, CAPACITY),
            Duration.ofMillis(Settings.integer("portal.cache.wait-ms", 10_000)));

    private final RenderTurns turns = new RenderTurns(
            Settings.integer("portal.render.concurrency", 2 * Runtime.getRuntime().availableProcessors()),
            Duration.ofMillis(Settings.integer("portal.render.wait-ms", 10_000)));

    @Inject
    private PublishedContentGeneration generation;

    @Inject
    private PortalMeters meters;

    private KeptPages kept;

    /** The kept pages, also for {@link KeptPageHandler}, which answers hits before the servlets. */
    @Override
    public void init() {
        kept = new KeptPages(store, () -> generation.current(), () -> meters.pageCacheHit(), SiteUrls.configured().isEmpty());
        if (CAPACITY > 0) {
            getServletContext().setAttribute(KeptPages.ATTRIBUTE, kept);
        }
    }

    /**
     * Set on a request once this filter has taken it: a path matched by two of the filter's patterns (e.g.
     * {@code /van-ban} and {@code /van-ban/*}) puts the filter twice in the chain, and the inner pass would wait for
     * the outer pass's own render of the same key until the wait timed out.
     */
    private static final String APPLIED = PublicPageCacheFilter.class.getName() + ".applied";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(APPLIED) != null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(APPLIED, Boolean.TRUE);
        Predicate<String> hasHeader = name -> request.getHeader(name) != null;
        if (CAPACITY == 0 || !CacheableRequests.anonymousGet(request.getMethod(), hasHeader)) {
            chain.doFilter(request, response);
            return;
        }
        if (CacheableRequests.bypassing(hasHeader)) {
            response.setHeader("X-Cache", "BYPASS");
            renderUncached(request, response, chain);
            return;
        }
        String path = request.getRequestURI();
        Map<String, String[]> parameters = request.getParameterMap();
        String key = kept.keyOf(PageKey.of(path, parameters), () -> SiteUrls.of(request));
        if (key == null) {
            response.setHeader("X-Cache", "MISS");
            renderUncached(request, response, chain);
            return;
        }
        long current = generation.current();
        CapturingResponse[] rendered = new CapturingResponse[1];
        PageStore.Outcome outcome = store.obtain(key, current, () -> {
            try {
                return turns.take(() -> {
                    CapturingResponse capture = new CapturingResponse(response);
                    rendered[0] = capture;
                    response.setHeader("X-Cache", "MISS");
                    chain.doFilter(new DeclaredParameters(request, PageKey.declaredBy(path), parameters), capture);
                    return capture.cacheable() && capture.getContentType() != null
                            ? new CachedPage(capture.body(), capture.getContentType(), current) : null;
                });
            } catch (RenderTurns.Busy busy) {
                return null;
            }
        });
        switch (outcome.source()) {
            case HIT, WAITED -> {
                meters.pageCacheHit();
                send(outcome.page(), response);
            }
            case RENDERED -> {
                meters.pageCacheMiss();
                if (rendered[0] == null) {
                    refuseBusy(response);
                } else {
                    sendCaptured(rendered[0].body(), response);
                }
            }
            case RENDER_YOURSELF -> {
                meters.pageCacheMiss();
                response.setHeader("X-Cache", "MISS");
                renderUncached(new DeclaredParameters(request, PageKey.declaredBy(path), parameters), response, chain);
            }
        }
    }

    /**
     * A page that is not kept is rendered into memory like a kept one and sent as bytes: through the container's own
     * writer, the characters of a page were encoded one by one into its direct buffers (a quarter of an uncached item
     * page's time, JFR 2026-12-06).
     */
    private void renderUncached(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        byte[] body;
        try {
            body = turns.take(() -> {
                CapturingResponse capture = new CapturingResponse(response);
                chain.doFilter(request, capture);
                return capture.body();
            });
        } catch (RenderTurns.Busy busy) {
            refuseBusy(response);
            return;
        }
        sendCaptured(body, response);
    }

    /** No render turn came in time: the static 503 page, with when to come back. */
    private static void refuseBusy(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** A rendered page with its length, so that the container sends it in one piece rather than in chunks. */
    private static void sendCaptured(byte[] body, HttpServletResponse response) throws IOException {
        if (body.length == 0) {
            return;
        }
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
        }
        response.getOutputStream().write(body);
    }

    private static void send(CachedPage page, HttpServletResponse response) throws IOException {
        response.setHeader("X-Cache", "HIT");
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
