package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static CachedPage page(long generation) {
        return new CachedPage("<html/>".getBytes(), "text/html", generation);
    }

    @Test
    void aPageRenderedAtTheCurrentGenerationIsServed() {
        PageCache cache = new PageCache(10);
        cache.put("/", page(3));
        assertNotNull(cache.fresh("/", 3));
    }

    @Test
    void aPageFromAnEarlierGenerationIsDroppedAndNotServed() {
        PageCache cache = new PageCache(10);
        cache.put("/", page(3));
        assertNull(cache.fresh("/", 4));
        assertEquals(0, cache.size());
    }

    @Test
    void theLeastRecentlyUsedPageMakesRoomWhenFull() {
        PageCache cache = new PageCache(2);
        cache.put("/a", page(1));
        cache.put("/b", page(1));
        cache.fresh("/a", 1);
        cache.put("/c", page(1));
        assertNotNull(cache.fresh("/a", 1));
        assertNull(cache.fresh("/b", 1));
        assertNotNull(cache.fresh("/c", 1));
    }
}
