package vn.ttdt.portal.site.cache;

import java.util.function.Predicate;
import vn.ttdt.portal.shared.application.Settings;

/**
 * Which requests the page cache may answer, one rule for {@link PublicPageCacheFilter} and {@link KeptPageHandler}:
 * anonymous GETs (no {@code Authorization}) that do not carry the benchmarks' bypass header
 * ({@code -Dportal.cache.bypass-header=X-Name}; without the property no request can bypass). Each caller asks
 * through its own view of the request's headers.
 */
final class CacheableRequests {

    static final String BYPASS_HEADER = Settings.text("portal.cache.bypass-header", null);

    private CacheableRequests() {
    }

    /** A GET without credentials: the only requests whose answer may come from, or go into, the cache. */
    static boolean anonymousGet(String method, Predicate<String> hasHeader) {
        return "GET".equals(method) && !hasHeader.test("Authorization");
    }

    /** Whether the request asks to be rendered past the cache (benchmarks of the render only). */
    static boolean bypassing(Predicate<String> hasHeader) {
        return BYPASS_HEADER != null && hasHeader.test(BYPASS_HEADER);
    }
}
