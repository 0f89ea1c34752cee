package vn.ttdt.portal.site.pages.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.site.pages.domain.SitePage;
import vn.ttdt.portal.site.pages.domain.SitePageKind;
import vn.ttdt.portal.site.pages.domain.SitePageRepository;
import vn.ttdt.portal.site.pages.domain.SitePageRevision;

@ApplicationScoped
public class JpaSitePageRepository implements SitePageRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<SitePage> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, SitePage.class, site, id);
    }

    @Override
    public Optional<SitePage> byKind(Site site, SitePageKind kind) {
        return em.createQuery("SELECT p FROM SitePage p WHERE p.site = :site AND p.kind = :kind", SitePage.class)
                .setParameter("site", site).setParameter("kind", kind).getResultStream().findFirst();
    }

    @Override
    public SitePage add(SitePage page) {
        em.persist(page);
        em.flush();
        return page;
    }

    @Override
    public SitePageRevision add(SitePageRevision revision) {
        em.persist(revision);
        return revision;
    }

    @Override
    public List<SitePageRevision> revisions(Site site, SitePageKind kind, int limit) {
        return em.createQuery("SELECT r FROM SitePageRevision r WHERE r.page.site = :site AND r.page.kind = :kind"
                        + " ORDER BY r.savedAt DESC, r.id DESC", SitePageRevision.class)
                .setParameter("site", site).setParameter("kind", kind).setMaxResults(limit).getResultList();
    }
}
