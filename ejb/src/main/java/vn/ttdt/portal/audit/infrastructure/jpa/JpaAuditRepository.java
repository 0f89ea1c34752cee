package vn.ttdt.portal.audit.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import vn.ttdt.portal.audit.domain.AuditEvent;
import vn.ttdt.portal.audit.domain.AuditFilter;
import vn.ttdt.portal.audit.domain.AuditRepository;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.infrastructure.jpa.JpqlSearch;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "e.occurredAt",
            "actor", "e.actor",
            "action", "e.action");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public Page<AuditEvent> search(AuditFilter filter, PageRequest page) {
        return new JpqlSearch<>(AuditEvent.class, "e", SORTABLE, "e.occurredAt DESC")
                .where("e.actor = :actor", "actor", filter.actor())
                .where("e.action = :action", "action", filter.action())
                .where("e.occurredAt >= :from", "from", filter.from())
                .where("e.occurredAt < :to", "to", filter.to())
                .fetch(em, page);
    }
}
