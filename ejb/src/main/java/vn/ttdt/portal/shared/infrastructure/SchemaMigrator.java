package vn.ttdt.portal.shared.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, before anything else starts, and remembers how
 * that went for the readiness check: the version reached and the migrations still pending (none, normally).
 */
@PermitAll
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    private volatile String version = "";

    private volatile int pending = -1;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // JBeret's job repository tables share the schema and may be created first
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfoService state = flyway.info();
        version = state.current() == null ? "" : state.current().getVersion().getVersion();
        pending = state.pending().length;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The schema version reached at start (empty before). */
    public String version() {
        return version;
    }

    /** The migrations of this build not applied to the database after the start's migration; -1 before it ran. */
    public int pending() {
        return pending;
    }
}
