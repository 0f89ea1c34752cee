package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Liveness and readiness on the management port (MicroProfile Health, wildfly-config/cli/configure/75-health.cli):
 * live, and ready with WildFly's own checks, the portal's deployment among the deployments UP. Nothing of it is served
 * on the public port. (The portal's own readiness checks — database, migrations, search index — were not registered by
 * WildFly from the EAR's modules and are not built: docs/operations.md, "Health".)
 */
class HealthIT extends PortalIT {

    @Test
    void liveAndReadyOnTheManagementPortWithThePortalDeployedAndNothingOnThePublicPort() {
        HttpResponse<String> ready = Await.until("readiness UP", () -> ManagementPort.get("/health/ready"), r -> r.statusCode() == 200,
                Duration.ofSeconds(30));
        assertTrue(ready.body().contains("\"deployments-status\"") && ready.body().contains("\"portal.ear\":\"OK\""), ready.body());
        assertTrue(ready.body().contains("\"server-state\""), ready.body());
        HttpResponse<String> live = ManagementPort.get("/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());
        assertEquals(404, ManagementPort.get(base().resolve("/health/ready")).statusCode(), "the public port serves no health endpoint");
        assertEquals(404, ManagementPort.get(base().resolve("/health/live")).statusCode());
    }
}
