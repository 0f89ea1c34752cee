package vn.ttdt.portal.site.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.shared.application.Settings;

/**
 * Serves public pages and feeds from memory as ready bytes, rendering each once per content
 * generation: a publication, change or withdrawal moves the generation and the next visitor gets a
 * freshly rendered page. Only anonymous GETs of the portal's own pages are cached; the answer says
 * {@code X-Cache: HIT} or {@code MISS}. Capacity: {@code -Dportal.cache.pages} (default 5000, 0 = off).
 */
public class PublicPageCacheFilter extends HttpFilter {

    private static final int CAPACITY = Settings.integer("portal.cache.pages", 5000);

    private final PageCache cache = new PageCache(Math.max(1, CAPACITY));

    @Inject
    private PublishedContentGeneration generation;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CAPACITY == 0 || !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long current = generation.current();
        CachedPage page = cache.fresh(key, current);
        if (page != null) {
            response.setHeader("X-Cache", "HIT");
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        response.setHeader("X-Cache", "MISS");
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (capture.cacheable() && capture.getContentType() != null) {
            cache.put(key, new CachedPage(body, capture.getContentType(), current));
        }
        if (body.length > 0) {
            response.getOutputStream().write(body);
        }
    }
}
