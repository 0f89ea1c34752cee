package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus scrape endpoint on the management port (wildfly-config/cli/configure/80-metrics.cli): the portal's
 * page-cache counter moves after a request served from the cache, WildFly's pool and request metrics are there, and
 * nothing of it is served on the public port. The scrape is kept in target/metrics-sample.txt for the operations doc.
 */
class MetricsIT extends PortalIT {

    @Test
    void thePageCacheHitCounterMovesAfterACachedPageAndThePoolAndRequestMetricsAreScraped() throws IOException {
        String slug = ContentFixture.publish("Chỉ số bộ đệm " + ContentFixture.token(), "<p>Đo lường</p>");
        Portal visitor = Portal.anonymous();
        visitor.get("/tin/" + slug);
        double before = hits(scrape());

        assertEquals("HIT", visitor.get("/tin/" + slug).headers().firstValue("X-Cache").orElse(""));

        String after = scrape();
        Files.writeString(Path.of("target/metrics-sample.txt"), after, StandardCharsets.UTF_8);
        assertTrue(hits(after) >= before + 1, "page cache hits " + before + " -> " + hits(after));
        assertTrue(after.contains("PortalDS"), "the datasource pool's metrics");
        assertTrue(Pattern.compile("(?m)^\\w*request\\w*\\{[^}]*portal").matcher(after).find(), "request metrics of the portal's servlets");
        assertEquals(404, ManagementPort.get(base().resolve("/prometheus")).statusCode(), "the public port serves no metrics");
    }

    private static double hits(String scrape) {
        Matcher hit = Pattern.compile("(?m)^portal_page_cache_total\\{[^}]*result=\"hit\"[^}]*\\} (\\S+)").matcher(scrape);
        return hit.find() ? Double.parseDouble(hit.group(1)) : 0;
    }

    private static String scrape() {
        HttpResponse<String> response = ManagementPort.get("/prometheus");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
