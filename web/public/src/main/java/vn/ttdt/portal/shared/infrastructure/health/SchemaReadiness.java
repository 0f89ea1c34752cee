package vn.ttdt.portal.shared.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.ttdt.portal.shared.infrastructure.SchemaMigrator;

/** Readiness: the schema migrations of this build all applied at start (Flyway: none pending). */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    @Inject
    private SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        int pending = migrator.pending();
        return HealthCheckResponse.named("migrations").status(pending == 0)
                .withData("version", migrator.version()).withData("pending", pending).build();
    }
}
