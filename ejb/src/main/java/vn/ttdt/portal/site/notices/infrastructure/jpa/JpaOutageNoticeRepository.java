package vn.ttdt.portal.site.notices.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.site.notices.domain.OutageNotice;
import vn.ttdt.portal.site.notices.domain.OutageNoticeRepository;

@ApplicationScoped
public class JpaOutageNoticeRepository implements OutageNoticeRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<OutageNotice> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, OutageNotice.class, site, id);
    }

    @Override
    public OutageNotice add(OutageNotice notice) {
        em.persist(notice);
        em.flush();
        return notice;
    }

    @Override
    public List<OutageNotice> notEnded(Site site, Instant now) {
        return em.createQuery("SELECT n FROM OutageNotice n WHERE n.site = :site AND n.cancelled = FALSE AND n.endsAt > :now"
                        + " ORDER BY n.startsAt, n.id", OutageNotice.class)
                .setParameter("site", site).setParameter("now", now).getResultList();
    }

    @Override
    public List<OutageNotice> latest(Site site, int limit) {
        return em.createQuery("SELECT n FROM OutageNotice n WHERE n.site = :site ORDER BY n.startsAt DESC, n.id DESC",
                OutageNotice.class).setParameter("site", site).setMaxResults(limit).getResultList();
    }
}
