package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Liveness and readiness on the management port (MicroProfile Health, wildfly-config/cli/configure/75-health.cli):
 * ready with the portal's three checks up; readiness DOWN (503) while the database does not answer, and UP again once
 * it does — the process stays live throughout. Nothing of it is served on the public port.
 */
class HealthIT extends PortalIT {

    @Test
    void readyWithTheDatabaseTheMigrationsAndTheSearchIndexAndNotReadyWhileTheDatabaseHangs() {
        HttpResponse<String> ready = Await.until("readiness UP", () -> ManagementPort.get("/health/ready"), r -> r.statusCode() == 200,
                Duration.ofSeconds(30));
        for (String check : new String[] {"database", "migrations", "search-index"}) {
            assertTrue(check(check, "UP").matcher(ready.body()).find(), check + " in " + ready.body());
        }
        assertTrue(Pattern.compile("\"pending\"\\s*:\\s*0\\b").matcher(ready.body()).find(), ready.body());
        assertEquals(200, ManagementPort.get("/health/live").statusCode());
        assertEquals(404, ManagementPort.get(base().resolve("/health/ready")).statusCode(), "the public port serves no health endpoint");

        TestInfrastructure.freezeDatabase();
        try {
            HttpResponse<String> down = Await.until("readiness DOWN while the database hangs", () -> ManagementPort.get("/health/ready"),
                    r -> r.statusCode() == 503, Duration.ofSeconds(20));
            assertTrue(check("database", "DOWN").matcher(down.body()).find(), down.body());
            assertTrue(check("migrations", "UP").matcher(down.body()).find(), down.body());
            assertEquals(200, ManagementPort.get("/health/live").statusCode(), "still live: a restart would not help");
        } finally {
            TestInfrastructure.thawDatabase();
        }
        HttpResponse<String> again = Await.until("readiness UP once the database answers", () -> ManagementPort.get("/health/ready"),
                r -> r.statusCode() == 200, Duration.ofSeconds(30));
        assertTrue(check("database", "UP").matcher(again.body()).find(), again.body());
    }

    private static Pattern check(String name, String status) {
        return Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"" + Pattern.quote(name) + "\"\\s*,\\s*\"status\"\\s*:\\s*\"" + status + "\"");
    }
}
