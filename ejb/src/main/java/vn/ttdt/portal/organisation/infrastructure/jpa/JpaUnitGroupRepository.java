package vn.ttdt.portal.organisation.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;

@ApplicationScoped
public class JpaUnitGroupRepository implements UnitGroupRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<UnitGroup> allOf(Site site) {
        return em.createQuery("SELECT g FROM UnitGroup g WHERE g.site = :site ORDER BY g.sortOrder", UnitGroup.class)
                .setParameter("site", site).getResultList();
    }

    @Override
    public Optional<UnitGroup> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, UnitGroup.class, site, id);
    }

    @Override
    public UnitGroup add(UnitGroup group) {
        em.persist(group);
        em.flush();
        return group;
    }
}
