package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.it.ManagementPort.sum;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The Prometheus scrape endpoint on the management port (wildfly-config/cli/configure/80-metrics.cli): Undertow's
 * request count of the public site moves after a request its servlets answered (a search), the portal's own page-cache
 * counter (PortalMeters) after a page served from the cache (answered before the servlets, so not in Undertow's count), the PortalDS pool's metrics are there, and nothing of it is served on the public
 * port. The scrape is kept in target/metrics-sample.txt.
 */
@Isolated("asserts pages served from the page cache, which any publication elsewhere empties")
class MetricsIT extends PortalIT {

    private static final Pattern PUBLIC_REQUESTS = Pattern.compile(
            "(?m)^undertow_request_count_total\\{[^}]*subdeployment=\"portal-public.war\"[^}]*\\} (\\S+)");

    private static final Pattern PAGE_CACHE_HITS = Pattern.compile("(?m)^portal_page_cache_total\\{[^}]*result=\"hit\"[^}]*\\} (\\S+)");

    private static final Pattern PAGE_CACHE_MISSES = Pattern.compile("(?m)^portal_page_cache_total\\{[^}]*result=\"miss\"[^}]*\\} (\\S+)");

    @Test
    void thePublicRequestCountAndThePageCacheCountMoveAfterRequestsAndThePoolMetricsAreScraped() throws IOException {
        Portal visitor = Portal.anonymous();
        visitor.get("/");
        String first = ManagementPort.scrape(ManagementPort.port());

        assertEquals(200, visitor.get("/tim-kiem?q=chi-so-" + ContentFixture.token()).statusCode());
        assertEquals("HIT", visitor.get("/").headers().firstValue("X-Cache").orElse(""), "the home page from the cache");

        String after = ManagementPort.scrape(ManagementPort.port());
        Files.writeString(Path.of("target/metrics-sample.txt"), after, StandardCharsets.UTF_8);
        assertTrue(sum(PUBLIC_REQUESTS, after) >= sum(PUBLIC_REQUESTS, first) + 1,
                "requests of the public site " + sum(PUBLIC_REQUESTS, first) + " -> " + sum(PUBLIC_REQUESTS, after));
        assertTrue(sum(PAGE_CACHE_HITS, after) >= sum(PAGE_CACHE_HITS, first) + 1,
                "page cache hits " + sum(PAGE_CACHE_HITS, first) + " -> " + sum(PAGE_CACHE_HITS, after));
        assertTrue(PAGE_CACHE_MISSES.matcher(after).find(), "the page cache's misses are scraped too");
        assertTrue(after.contains("datasources_pool_in_use_count{") && after.contains("name=\"PortalDS\""), "the datasource pool's metrics");
        assertEquals(404, ManagementPort.get(base().resolve("/prometheus")).statusCode(), "the public port serves no metrics");
    }
}
