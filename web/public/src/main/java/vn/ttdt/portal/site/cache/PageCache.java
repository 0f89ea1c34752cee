package vn.ttdt.portal.site.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recently used rendered pages, at most {@code capacity} of them. Thread-safe. */
final class PageCache {

    private final Map<String, CachedPage> pages;

    PageCache(int capacity) {
        this.pages = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CachedPage> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The page for this key if it was rendered at the current generation. */
    synchronized CachedPage fresh(String key, long generation) {
        CachedPage page = pages.get(key);
        if (page != null && page.generation() != generation) {
            pages.remove(key);
            return null;
        }
        return page;
    }

    synchronized void put(String key, CachedPage page) {
        pages.put(key, page);
    }

    synchronized int size() {
        return pages.size();
    }
}
