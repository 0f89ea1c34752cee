package vn.ttdt.portal.organisation.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitFilter;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.infrastructure.jpa.JpqlSearch;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "u.name",
            "shortName", "u.shortName",
            "group", "u.group.sortOrder",
            "active", "u.active");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Unit> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Unit.class, site, id);
    }

    @Override
    public Optional<Unit> byName(Site site, String name) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.site = :site AND u.name = :name", Unit.class)
                .setParameter("site", site).setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Unit> byShortName(Site site, String shortName) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.site = :site AND u.shortName = :shortName", Unit.class)
                .setParameter("site", site).setParameter("shortName", shortName)
                .getResultStream().findFirst();
    }

    @Override
    public Page<Unit> search(Site site, UnitFilter filter, PageRequest page) {
        return new JpqlSearch<>(Unit.class, "u", SORTABLE, "u.group.sortOrder, u.name")
                .where("u.site = :site", "site", site)
                .containing(filter.text(), "u.name", "u.shortName")
                .where("u.group.id = :groupId", "groupId", filter.groupId())
                .where("u.active = :active", "active", filter.active())
                .fetch(em, page);
    }

    @Override
    public List<Unit> active(Site site) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.site = :site AND u.active = TRUE "
                        + "ORDER BY u.group.sortOrder, u.name", Unit.class)
                .setParameter("site", site).getResultList();
    }

    @Override
    public Unit add(Unit unit) {
        em.persist(unit);
        em.flush();
        return unit;
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM Unit u", Long.class).getSingleResult();
    }
}
