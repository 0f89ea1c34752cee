package vn.ttdt.portal.site.cache;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.util.Deque;
import java.util.function.Predicate;
import vn.ttdt.portal.shared.infrastructure.web.RequestIdFilter;
import vn.ttdt.portal.site.feeds.SiteUrls;

/**
 * Sends a kept page as soon as Undertow has read the request, before the servlets: no hand-over to a worker thread, no
 * filter chain. It looks the page up as {@link PublicPageCacheFilter} does (same key, same content generation) and
 * answers as the filter would ({@code X-Cache: HIT}, the content type and length, an {@code X-Request-Id}; the server's
 * security headers are added around every deployment). Everything else goes on to the servlets untouched: a page not
 * kept or out of date, anything but a GET, a request with a body or credentials, the benchmarks' bypass header.
 */
final class KeptPageHandler implements HttpHandler {

    private static final HttpString X_CACHE = new HttpString("X-Cache");
    private static final HttpString REQUEST_ID = new HttpString(RequestIdFilter.HEADER);

    private final HttpHandler next;
    private final ServletContext context;

    KeptPageHandler(HttpHandler next, ServletContext context) {
        this.next = next;
        this.context = context;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        CachedPage page = keptPageFor(exchange);
        if (page == null) {
            next.handleRequest(exchange);
            return;
        }
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(Headers.CONTENT_TYPE, page.contentType());
        headers.put(Headers.CONTENT_LENGTH, page.body().length);
        headers.put(X_CACHE, "HIT");
        headers.put(REQUEST_ID, RequestIdFilter.idFor(exchange.getRequestHeaders().getFirst(REQUEST_ID)));
        exchange.getResponseSender().send(ByteBuffer.wrap(page.body()));
    }

    private CachedPage keptPageFor(HttpServerExchange exchange) {
        KeptPages kept = (KeptPages) context.getAttribute(KeptPages.ATTRIBUTE);
        if (kept == null || !looksUpLikeTheFilter(exchange)) {
            return null;
        }
        String pageKey = PageKey.of(exchange.getRequestURI(), name -> first(exchange.getQueryParameters().get(name)));
        return kept.current(kept.keyOf(pageKey, () -> SiteUrls.of(exchange.getRequestScheme(), exchange.getHostName(),
                exchange.getHostPort(), context.getContextPath())));
    }

    /**
     * What the filter would look up ({@link CacheableRequests}), and only without a body and addressed by path (as the
     * servlets' request URI would be): anything else is left to the servlets, which answer it as before.
     */
    private static boolean looksUpLikeTheFilter(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getRequestHeaders();
        Predicate<String> hasHeader = headers::contains;
        return CacheableRequests.anonymousGet(exchange.getRequestMethod().toString(), hasHeader)
                && !CacheableRequests.bypassing(hasHeader)
                && !exchange.isHostIncludedInRequestURI()
                && exchange.getRequestContentLength() <= 0
                && !headers.contains(Headers.TRANSFER_ENCODING);
    }

    private static String first(Deque<String> values) {
        return values == null ? null : values.peekFirst();
    }
}
