package vn.ttdt.portal.site.pages.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.site.pages.domain.PortalLink;
import vn.ttdt.portal.site.pages.domain.PortalLinkRepository;

@ApplicationScoped
public class JpaPortalLinkRepository implements PortalLinkRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<PortalLink> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, PortalLink.class, site, id);
    }

    @Override
    public PortalLink add(PortalLink link) {
        em.persist(link);
        em.flush();
        return link;
    }

    @Override
    public void remove(PortalLink link) {
        em.remove(link);
    }

    @Override
    public List<PortalLink> all(Site site) {
        return em.createQuery("SELECT l FROM PortalLink l WHERE l.site = :site ORDER BY l.kind, l.position, l.name", PortalLink.class)
                .setParameter("site", site).getResultList();
    }
}
