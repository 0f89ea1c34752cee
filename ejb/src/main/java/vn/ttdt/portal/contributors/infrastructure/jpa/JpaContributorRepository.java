package vn.ttdt.portal.contributors.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.contributors.domain.Contributor;
import vn.ttdt.portal.contributors.domain.ContributorFilter;
import vn.ttdt.portal.contributors.domain.ContributorRepository;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.infrastructure.jpa.JpqlSearch;

@ApplicationScoped
public class JpaContributorRepository implements ContributorRepository {

    private static final Map<String, String> SORTABLE = Map.of("fullName", "c.fullName", "penName", "c.penName");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Contributor> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Contributor.class, site, id);
    }

    @Override
    public Contributor add(Contributor contributor) {
        em.persist(contributor);
        em.flush();
        return contributor;
    }

    @Override
    public Optional<Contributor> byAccount(Site site, long accountId) {
        return em.createQuery("SELECT c FROM Contributor c WHERE c.site = :site AND c.accountId = :account", Contributor.class)
                .setParameter("site", site).setParameter("account", accountId).getResultStream().findFirst();
    }

    @Override
    public Page<Contributor> search(Site site, ContributorFilter filter, PageRequest page) {
        return new JpqlSearch<>(Contributor.class, "c", SORTABLE, "c.fullName")
                .where("c.site = :site", "site", site)
                .containing(filter.text(), "c.fullName", "c.penName", "c.occupation", "c.email", "c.phone")
                .where("c.active = :active", "active", filter.active())
                .fetch(em, page);
    }
}
