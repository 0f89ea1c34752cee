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
 * The Prometheus scrape endpoint on the management port (wildfly-config/cli/configure/80-metrics.cli): Undertow's
 * request count of the public site moves after a request, the PortalDS pool's metrics are there, and nothing of it is
 * served on the public port. The scrape is kept in target/metrics-sample.txt. (The portal's own page-cache counter,
 * PortalMeters, does not reach the registry yet: see the report of issue 17's operations.)
 */
class MetricsIT extends PortalIT {

    @Test
    void thePublicRequestCountMovesAfterARequestAndThePoolMetricsAreScraped() throws IOException {
        Portal visitor = Portal.anonymous();
        double before = publicRequests(scrape());

        assertEquals(200, visitor.get("/tim-kiem?q=chi-so-" + ContentFixture.token()).statusCode());

        String after = scrape();
        Files.writeString(Path.of("target/metrics-sample.txt"), after, StandardCharsets.UTF_8);
        assertTrue(publicRequests(after) >= before + 1, "requests of the public site " + before + " -> " + publicRequests(after));
        assertTrue(after.contains("datasources_pool_in_use_count{") && after.contains("name=\"PortalDS\""), "the datasource pool's metrics");
        assertEquals(404, ManagementPort.get(base().resolve("/prometheus")).statusCode(), "the public port serves no metrics");
    }

    /** The sum of Undertow's request counts over the public WAR's servlets. */
    private static double publicRequests(String scrape) {
        Matcher count = Pattern.compile("(?m)^undertow_request_count_total\\{[^}]*subdeployment=\"portal-public.war\"[^}]*\\} (\\S+)").matcher(scrape);
        double sum = 0;
        while (count.find()) {
            sum += Double.parseDouble(count.group(1));
        }
        return sum;
    }

    private static String scrape() {
        HttpResponse<String> response = ManagementPort.get("/prometheus");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
