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
 */
@ApplicationScoped
public class PortalMeters {

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
        pageCacheHits = Counter.builder("portal.page.cache").tag("result", "hit")
                .description("Public pages served from the page cache or rendered once for several waiting visitors").register(meters);
        pageCacheMisses = Counter.builder("portal.page.cache").tag("result", "miss")
                .description("Cacheable public pages rendered for the visitor").register(meters);
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
