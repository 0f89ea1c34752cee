package vn.ttdt.portal.shared.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.ttdt.portal.content.infrastructure.search.PublishedSearchIndex;
import vn.ttdt.portal.legaldocs.infrastructure.search.LegalDocumentSearchIndex;

/**
 * Readiness: this node's in-memory search indexes (published items, legal documents) are built. Until then searches
 * still answer, from the database, only slower.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @Inject
    private PublishedSearchIndex items;

    @Inject
    private LegalDocumentSearchIndex legalDocuments;

    @Override
    public HealthCheckResponse call() {
        boolean itemsReady = items.ready();
        boolean documentsReady = legalDocuments.ready();
        return HealthCheckResponse.named("search-index").status(itemsReady && documentsReady)
                .withData("items", itemsReady).withData("legal-documents", documentsReady).build();
    }
}
