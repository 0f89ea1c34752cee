package vn.ttdt.portal.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import vn.ttdt.portal.content.infrastructure.search.PublishedSearchIndex;
import vn.ttdt.portal.legaldocs.infrastructure.search.LegalDocumentSearchIndex;
import vn.ttdt.portal.shared.application.DatabaseAvailability;
import vn.ttdt.portal.shared.infrastructure.health.ReadinessCheck;
import vn.ttdt.portal.shared.infrastructure.health.ReadinessChecks;

/**
 * Gives the portal's readiness checks (held in the EAR's {@code lib/}, where WildFly's health subsystem finds them)
 * their probes at deployment. Every probe reads a state this module keeps anyway, so a probe answers at once: the
 * database as {@link DatabaseAvailability}'s watchdog last found it (one pooled connection checked every 2 s, a check
 * unanswered after 3 s counting as down), never a connection of its own that could hang on a frozen database. The
 * probes are registered once the schema migration has ended, so asking the migrator never waits on a migration.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReadinessProbes {

    private static final String DATASOURCE = "java:jboss/datasources/PortalDS";

    @Inject
    private ReadinessChecks checks;

    @Inject
    private DatabaseAvailability database;

    @Inject
    private SchemaMigrator migrator;

    @Inject
    private PublishedSearchIndex items;

    @Inject
    private LegalDocumentSearchIndex legalDocuments;

    @PostConstruct
    void register() {
        checks.register(ReadinessCheck.DATABASE, this::databaseReachable);
        checks.register(ReadinessCheck.MIGRATIONS, this::migrationsApplied);
        checks.register(ReadinessCheck.SEARCH_INDEX, this::searchIndexesBuilt);
    }

    private boolean databaseReachable(Map<String, Object> data) {
        data.put("datasource", DATASOURCE);
        return database.reachable();
    }

    private boolean migrationsApplied(Map<String, Object> data) {
        int pending = migrator.pending();
        data.put("version", migrator.version());
        data.put("pending", pending);
        return pending == 0;
    }

    private boolean searchIndexesBuilt(Map<String, Object> data) {
        boolean itemsBuilt = items.ready();
        boolean documentsBuilt = legalDocuments.ready();
        data.put("items", itemsBuilt);
        data.put("legal-documents", documentsBuilt);
        return itemsBuilt && documentsBuilt;
    }
}
