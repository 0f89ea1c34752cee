package vn.ttdt.portal.site.cache;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import vn.ttdt.portal.site.feeds.SiteUrls;

/**
 * The pages {@link PublicPageCacheFilter} keeps, as a request can find them before it reaches the servlets
 * ({@link KeptPageHandler}): the same keys, the same content generation, the same hit count. Published by the filter
 * in the servlet context under {@link #ATTRIBUTE} when the cache is on.
 */
final class KeptPages {

    static final String ATTRIBUTE = KeptPages.class.getName();

    private final PageStore store;
    private final LongSupplier generation;
    private final Runnable countHit;
    private final boolean keyOnHost;

    KeptPages(PageStore store, LongSupplier generation, Runnable countHit, boolean keyOnHost) {
        this.store = store;
        this.generation = generation;
        this.countHit = countHit;
        this.keyOnHost = keyOnHost;
    }

    /**
     * A page's key as the cache keeps it: without a configured public address the pages carry the request's host in
     * their links, so each host's pages are kept apart. Null when the page is not kept or the host is odd.
     */
    String keyOf(String pageKey, Supplier<SiteUrls> site) {
        if (pageKey == null || !keyOnHost) {
            return pageKey;
        }
        try {
            return site.get().base() + pageKey;
        } catch (IllegalArgumentException oddHost) {
            return null;
        }
    }

    /** The page kept under this key for the current content generation, counted as a hit; null when there is none. */
    CachedPage current(String key) {
        CachedPage page = key == null ? null : store.kept(key, generation.getAsLong());
        if (page != null) {
            countHit.run();
        }
        return page;
    }
}
