package vn.ttdt.portal.quota.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.quota.domain.QuotaReminder;
import vn.ttdt.portal.quota.domain.QuotaReminderRepository;

@ApplicationScoped
public class JpaQuotaReminderRepository implements QuotaReminderRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<QuotaReminder> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, QuotaReminder.class, site, id);
    }

    @Override
    public boolean sentInWeek(long groupId, Long unitId, Account recipient, LocalDate weekOf) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM QuotaReminder r WHERE r.group.id = :group"
                        + " AND r.recipient = :recipient AND r.weekOf = :week AND "
                        + (unitId == null ? "r.unit IS NULL" : "r.unit.id = :unit"), Long.class)
                .setParameter("group", groupId).setParameter("recipient", recipient).setParameter("week", weekOf);
        if (unitId != null) {
            count.setParameter("unit", unitId);
        }
        return count.getSingleResult() > 0;
    }

    @Override
    public QuotaReminder add(QuotaReminder reminder) {
        em.persist(reminder);
        em.flush();
        return reminder;
    }

    @Override
    public List<QuotaReminder> unreadOf(Account recipient) {
        return em.createQuery("SELECT r FROM QuotaReminder r WHERE r.recipient = :recipient AND r.readAt IS NULL"
                + " ORDER BY r.sentAt DESC, r.id DESC", QuotaReminder.class).setParameter("recipient", recipient).getResultList();
    }
}
