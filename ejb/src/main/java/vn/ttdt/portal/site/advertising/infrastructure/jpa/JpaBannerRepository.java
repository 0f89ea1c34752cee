package vn.ttdt.portal.site.advertising.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.site.advertising.domain.AdContract;
import vn.ttdt.portal.site.advertising.domain.Banner;
import vn.ttdt.portal.site.advertising.domain.BannerRepository;
import vn.ttdt.portal.site.advertising.domain.Placement;

@ApplicationScoped
public class JpaBannerRepository implements BannerRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Banner> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Banner.class, site, id);
    }

    @Override
    public Banner add(Banner banner) {
        em.persist(banner);
        em.flush();
        return banner;
    }

    @Override
    public void remove(Banner banner) {
        em.remove(banner);
    }

    @Override
    public List<Banner> of(AdContract contract) {
        return em.createQuery("SELECT b FROM Banner b WHERE b.contract = :c ORDER BY b.id", Banner.class)
                .setParameter("c", contract).getResultList();
    }

    @Override
    public List<Banner> shownOn(Site site, Placement placement, LocalDate day) {
        return em.createQuery("SELECT b FROM Banner b JOIN b.contract c WHERE b.site = :site AND c.placement = :placement"
                        + " AND c.startsOn <= :day AND c.endsOn >= :day ORDER BY b.id", Banner.class)
                .setParameter("site", site).setParameter("placement", placement).setParameter("day", day).getResultList();
    }

    @Override
    public void countClick(Banner banner) {
        em.createQuery("UPDATE Banner b SET b.clicks = b.clicks + 1 WHERE b.id = :id").setParameter("id", banner.getId()).executeUpdate();
    }
}
