package vn.ttdt.portal.site.theme.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.site.theme.domain.SiteTheme;
import vn.ttdt.portal.site.theme.domain.SiteThemeRepository;

@ApplicationScoped
public class JpaSiteThemeRepository implements SiteThemeRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<SiteTheme> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, SiteTheme.class, site, id);
    }

    @Override
    public Optional<SiteTheme> of(Site site) {
        return em.createQuery("SELECT t FROM SiteTheme t WHERE t.site = :site", SiteTheme.class)
                .setParameter("site", site).getResultStream().findFirst();
    }

    @Override
    public SiteTheme saved(SiteTheme theme) {
        em.flush();
        return theme;
    }

    @Override
    public SiteTheme add(SiteTheme theme) {
        em.persist(theme);
        em.flush();
        return theme;
    }
}
