package vn.ttdt.portal.organisation.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;

@ApplicationScoped
public class JpaSiteRepository implements SiteRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Site> byCode(String code) {
        return em.createQuery("SELECT s FROM Site s WHERE s.code = :code", Site.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Site> all() {
        return em.createQuery("SELECT s FROM Site s ORDER BY s.id", Site.class).getResultList();
    }

    @Override
    public Site add(Site site) {
        em.persist(site);
        em.flush();
        return site;
    }
}
