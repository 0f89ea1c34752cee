package vn.ttdt.portal.shared.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.ttdt.portal.shared.application.DatabaseAvailability;

/**
 * Readiness: the database answers. Read from {@link DatabaseAvailability}'s watchdog (one pooled connection checked
 * every 2 s; a check unanswered after 3 s counts as down), so the probe itself never waits on a hung database.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private DatabaseAvailability database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.reachable())
                .withData("datasource", "java:jboss/datasources/PortalDS").build();
    }
}
