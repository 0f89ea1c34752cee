package vn.ttdt.portal.content.media.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;

@ApplicationScoped
public class JpaMediaRepository implements MediaRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Media> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Media.class, site, id);
    }

    @Override
    public Optional<Long> siteIdOf(String key) {
        return em.createQuery("SELECT m.site.id FROM Media m WHERE m.key = :key", Long.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public Optional<Media> byKey(Site site, String key) {
        return em.createQuery("SELECT m FROM Media m WHERE m.key = :key AND m.site = :site", Media.class)
                .setParameter("key", key).setParameter("site", site).getResultStream().findFirst();
    }

    @Override
    public Media add(Media media) {
        em.persist(media);
        em.flush();
        return media;
    }
}
