package vn.ttdt.portal.site.pages.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.site.pages.domain.OrganisationBody;
import vn.ttdt.portal.site.pages.domain.OrganisationBodyRepository;

@ApplicationScoped
public class JpaOrganisationBodyRepository implements OrganisationBodyRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<OrganisationBody> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, OrganisationBody.class, site, id);
    }

    @Override
    public OrganisationBody add(OrganisationBody body) {
        em.persist(body);
        em.flush();
        return body;
    }

    @Override
    public void remove(OrganisationBody body) {
        em.remove(body);
    }

    @Override
    public boolean hasBodiesBelow(OrganisationBody body) {
        return em.createQuery("SELECT COUNT(b) FROM OrganisationBody b WHERE b.parent = :body", Long.class)
                .setParameter("body", body).getSingleResult() > 0;
    }

    @Override
    public List<OrganisationBody> all(Site site) {
        return em.createQuery("SELECT b FROM OrganisationBody b WHERE b.site = :site ORDER BY b.position, b.name, b.id",
                OrganisationBody.class).setParameter("site", site).getResultList();
    }
}
