package vn.ttdt.portal.shared.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The portal's own metrics, kept in WildFly's Micrometer registry and scraped with WildFly's at the management
 * interface's {@code /prometheus} ({@code portal_page_cache_total{result="hit"|"miss"}}). Without a registry (a
 * server without the micrometer subsystem, a unit test) they count nothing.
 *
 * <p>Meters are registered through the registry's own methods ({@code counter(name, tags)}), never with
 * {@code Counter.builder(..).register(registry)}: WildFly 39 gives a deployment an application registry that passes
 * the former on to the scraped registry but keeps a builder's meter to itself, where no scrape sees it (WFLY-21339,
 * fixed in WildFly 40).
 */
@ApplicationScoped
public class PortalMeters {

    /** Hits: public pages served from memory, or rendered once for several waiting visitors; misses: rendered. */
    private static final String PAGE_CACHE = "portal.page.cache";

    @Inject
    private Instance<MeterRegistry> registry;

    private Counter pageCacheHits;

    private Counter pageCacheMisses;

    @PostConstruct
    void register() {
        if (registry == null || !registry.isResolvable()) {
            return;
        }
        MeterRegistry meters = registry.get();
        pageCacheHits = meters.counter(PAGE_CACHE, "result", "hit");
        pageCacheMisses = meters.counter(PAGE_CACHE, "result", "miss");
    }

    /** A public page answered from memory. */
    public void pageCacheHit() {
        if (pageCacheHits != null) {
            pageCacheHits.increment();
        }
    }

    /** A cacheable public page that had to be rendered. */
    public void pageCacheMiss() {
        if (pageCacheMisses != null) {
            pageCacheMisses.increment();
        }
    }
}
