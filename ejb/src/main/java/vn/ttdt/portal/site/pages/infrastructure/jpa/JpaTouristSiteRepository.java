package vn.ttdt.portal.site.pages.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.shared.domain.VietnameseText;
import vn.ttdt.portal.site.pages.domain.TouristSite;
import vn.ttdt.portal.site.pages.domain.TouristSiteRepository;

@ApplicationScoped
public class JpaTouristSiteRepository implements TouristSiteRepository {

    private static final int LONGEST_SLUG = 120;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<TouristSite> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, TouristSite.class, site, id);
    }

    @Override
    public Optional<TouristSite> bySlug(Site site, String slug) {
        return em.createQuery("SELECT t FROM TouristSite t WHERE t.site = :site AND t.slug = :slug", TouristSite.class)
                .setParameter("site", site).setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public String freeSlug(Site site, String name) {
        String base = VietnameseText.slug(name);
        base = base.isEmpty() ? "diem-du-lich" : base.substring(0, Math.min(base.length(), LONGEST_SLUG));
        String slug = base;
        for (int n = 2; bySlug(site, slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    @Override
    public TouristSite add(TouristSite touristSite) {
        em.persist(touristSite);
        em.flush();
        return touristSite;
    }

    @Override
    public void remove(TouristSite touristSite) {
        em.remove(touristSite);
    }

    @Override
    public List<TouristSite> all(Site site) {
        return em.createQuery("SELECT t FROM TouristSite t WHERE t.site = :site ORDER BY t.position, t.name", TouristSite.class)
                .setParameter("site", site).getResultList();
    }
}
