package vn.ttdt.portal.quota.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.QuotaRuleRepository;

@ApplicationScoped
public class JpaQuotaRuleRepository implements QuotaRuleRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<QuotaRule> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, QuotaRule.class, site, id);
    }

    @Override
    public List<QuotaRule> allOf(Site site) {
        return em.createQuery("SELECT r FROM QuotaRule r WHERE r.site = :site"
                + " ORDER BY r.group.sortOrder, r.fromYear, r.fromQuarter", QuotaRule.class)
                .setParameter("site", site).getResultList();
    }

    @Override
    public List<QuotaRule> ofGroup(Site site, UnitGroup group) {
        return em.createQuery("SELECT r FROM QuotaRule r WHERE r.site = :site AND r.group = :group"
                + " ORDER BY r.fromYear, r.fromQuarter", QuotaRule.class)
                .setParameter("site", site).setParameter("group", group).getResultList();
    }

    @Override
    public QuotaRule add(QuotaRule rule) {
        em.persist(rule);
        em.flush();
        return rule;
    }
}
