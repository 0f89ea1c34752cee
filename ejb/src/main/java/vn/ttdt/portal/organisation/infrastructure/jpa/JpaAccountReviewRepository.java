package vn.ttdt.portal.organisation.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.organisation.domain.AccountReviewFinding;
import vn.ttdt.portal.organisation.domain.AccountReviewRepository;

@ApplicationScoped
public class JpaAccountReviewRepository implements AccountReviewRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<Long> dormantAccountIds(Instant cutoff, long afterId, int limit) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.active = TRUE AND a.id > :afterId AND "
                        + "((a.lastLoginAt IS NOT NULL AND a.lastLoginAt < :cutoff) "
                        + "OR (a.lastLoginAt IS NULL AND a.createdAt < :cutoff)) ORDER BY a.id", Long.class)
                .setParameter("afterId", afterId)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addAll(List<AccountReviewFinding> findings) {
        findings.forEach(em::persist);
    }

    @Override
    public List<AccountReviewFinding> findings(long jobInstanceId) {
        return em.createQuery("SELECT f FROM AccountReviewFinding f WHERE f.jobInstanceId = :instance "
                        + "ORDER BY f.daysInactive DESC, f.login", AccountReviewFinding.class)
                .setParameter("instance", jobInstanceId).getResultList();
    }
}
