package vn.ttdt.portal.procedures.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.procedures.domain.OneStopResult;
import vn.ttdt.portal.procedures.domain.OneStopResultRepository;

@ApplicationScoped
public class JpaOneStopResultRepository implements OneStopResultRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<OneStopResult> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, OneStopResult.class, site, id);
    }

    @Override
    public List<OneStopResult> ofPeriod(Site site, YearMonth period) {
        return em.createQuery("SELECT r FROM OneStopResult r WHERE r.site = :site AND r.period = :period ORDER BY r.unit.name",
                OneStopResult.class).setParameter("site", site).setParameter("period", period.toString()).getResultList();
    }

    @Override
    public List<OneStopResult> between(Site site, YearMonth first, YearMonth last) {
        return em.createQuery("SELECT r FROM OneStopResult r WHERE r.site = :site AND r.period >= :first AND r.period <= :last"
                        + " ORDER BY r.period, r.unit.name", OneStopResult.class)
                .setParameter("site", site).setParameter("first", first.toString()).setParameter("last", last.toString())
                .getResultList();
    }

    @Override
    public List<YearMonth> periods(Site site) {
        return em.createQuery("SELECT DISTINCT r.period FROM OneStopResult r WHERE r.site = :site ORDER BY r.period DESC",
                String.class).setParameter("site", site).getResultStream().map(YearMonth::parse).toList();
    }

    @Override
    public int remove(Site site, YearMonth period, Collection<Unit> units) {
        List<OneStopResult> old = ofPeriod(site, period).stream()
                .filter(r -> units == null || units.stream().anyMatch(u -> u.getId().equals(r.getUnit().getId()))).toList();
        old.forEach(em::remove);
        em.flush();
        return old.size();
    }

    @Override
    public OneStopResult add(OneStopResult result) {
        em.persist(result);
        return result;
    }
}
