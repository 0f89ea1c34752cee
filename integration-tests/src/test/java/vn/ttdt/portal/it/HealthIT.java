package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Liveness and readiness on the management port (MicroProfile Health, wildfly-config/cli/configure/75-health.cli):
 * ready with the portal's three checks UP by name — the database, the migrations (none pending), the search indexes —
 * beside WildFly's own, the portal's deployment among the deployments UP; nothing of it on the public port. Readiness
 * DOWN while the database is stopped, and UP once it is back: {@link DatabaseOutageIT}.
 */
class HealthIT extends PortalIT {

    @Test
    void readyWithThePortalsDatabaseMigrationsAndSearchIndexChecksUpAndNothingOnThePublicPort() {
        HttpResponse<String> ready = Await.until("readiness UP", Readiness::now, r -> r.statusCode() == 200, Duration.ofSeconds(30));
        for (String check : new String[] {"database", "migrations", "search-index"}) {
            assertTrue(Readiness.shows(ready, check, "UP"), check + " in " + ready.body());
        }
        String body = ready.body();
        assertTrue(body.contains("\"datasource\":\"java:jboss/datasources/PortalDS\""), body);
        assertTrue(body.contains("\"pending\":0"), body);
        assertTrue(body.contains("\"items\":true") && body.contains("\"legal-documents\":true"), body);
        assertTrue(body.contains("\"deployments-status\"") && body.contains("\"portal.ear\":\"OK\""), body);
        assertTrue(Readiness.shows(ready, "server-state", "UP"), body);

        HttpResponse<String> live = ManagementPort.get("/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());
        assertEquals(404, ManagementPort.get(base().resolve("/health/ready")).statusCode(), "the public port serves no health endpoint");
        assertEquals(404, ManagementPort.get(base().resolve("/health/live")).statusCode());
    }
}
