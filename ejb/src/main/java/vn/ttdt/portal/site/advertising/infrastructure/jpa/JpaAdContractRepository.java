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
import vn.ttdt.portal.site.advertising.domain.AdContractRepository;

@ApplicationScoped
public class JpaAdContractRepository implements AdContractRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<AdContract> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, AdContract.class, site, id);
    }

    @Override
    public AdContract add(AdContract contract) {
        em.persist(contract);
        em.flush();
        return contract;
    }

    @Override
    public void remove(AdContract contract) {
        em.remove(contract);
    }

    @Override
    public List<AdContract> all(Site site) {
        return em.createQuery("SELECT c FROM AdContract c WHERE c.site = :site ORDER BY c.startsOn DESC, c.id DESC", AdContract.class)
                .setParameter("site", site).getResultList();
    }

    @Override
    public Optional<AdContract> byNumber(Site site, String number) {
        return em.createQuery("SELECT c FROM AdContract c WHERE c.site = :site AND c.number = :number", AdContract.class)
                .setParameter("site", site).setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public List<AdContract> startingIn(Site site, int year) {
        return em.createQuery("SELECT c FROM AdContract c WHERE c.site = :site AND c.startsOn >= :first AND c.startsOn < :next"
                        + " ORDER BY c.startsOn, c.number", AdContract.class)
                .setParameter("site", site).setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("next", LocalDate.of(year + 1, 1, 1)).getResultList();
    }

    @Override
    public boolean shownBannersChangeOn(LocalDate day) {
        return em.createQuery("SELECT COUNT(c) FROM AdContract c WHERE c.startsOn = :day OR c.endsOn = :yesterday", Long.class)
                .setParameter("day", day).setParameter("yesterday", day.minusDays(1)).getSingleResult() > 0;
    }
}
