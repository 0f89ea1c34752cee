package vn.ttdt.portal.site.advertising.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.site.advertising.domain.Advertiser;
import vn.ttdt.portal.site.advertising.domain.AdvertiserRepository;

@ApplicationScoped
public class JpaAdvertiserRepository implements AdvertiserRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Advertiser> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Advertiser.class, site, id);
    }

    @Override
    public Advertiser add(Advertiser advertiser) {
        em.persist(advertiser);
        em.flush();
        return advertiser;
    }

    @Override
    public void remove(Advertiser advertiser) {
        em.remove(advertiser);
    }

    @Override
    public List<Advertiser> all(Site site) {
        return em.createQuery("SELECT a FROM Advertiser a WHERE a.site = :site ORDER BY a.name, a.id", Advertiser.class)
                .setParameter("site", site).getResultList();
    }

    @Override
    public Optional<Advertiser> byTaxCode(Site site, String taxCode) {
        return em.createQuery("SELECT a FROM Advertiser a WHERE a.site = :site AND a.taxCode = :code", Advertiser.class)
                .setParameter("site", site).setParameter("code", taxCode).getResultStream().findFirst();
    }

    @Override
    public boolean hasContracts(Advertiser advertiser) {
        return em.createQuery("SELECT COUNT(c) FROM AdContract c WHERE c.advertiser = :a", Long.class)
                .setParameter("a", advertiser).getSingleResult() > 0;
    }
}
