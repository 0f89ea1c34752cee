package vn.ttdt.portal.royalty.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.royalty.domain.CoefficientBand;
import vn.ttdt.portal.royalty.domain.RemunerationAssignment;
import vn.ttdt.portal.royalty.domain.RemunerationRole;
import vn.ttdt.portal.royalty.domain.RoyaltyFund;
import vn.ttdt.portal.royalty.domain.RoyaltyParameter;
import vn.ttdt.portal.royalty.domain.RoyaltySchedule;
import vn.ttdt.portal.royalty.domain.RoyaltyScheduleRepository;
import vn.ttdt.portal.royalty.domain.ScheduledBand;
import vn.ttdt.portal.royalty.domain.ScheduledRemunerationRole;
import vn.ttdt.portal.royalty.domain.ScheduledValue;
import vn.ttdt.portal.royalty.domain.Timeline;

@ApplicationScoped
public class JpaRoyaltyScheduleRepository implements RoyaltyScheduleRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public RoyaltySchedule schedule(long siteId) {
        Map<RoyaltyParameter, Map<LocalDate, BigDecimal>> values = new EnumMap<>(RoyaltyParameter.class);
        values(siteId).forEach(v -> values.computeIfAbsent(v.getName(), p -> new HashMap<>()).put(v.getEffectiveFrom(), v.getValue()));
        Map<Genre, Map<LocalDate, CoefficientBand>> bands = new EnumMap<>(Genre.class);
        bands(siteId).forEach(b -> bands.computeIfAbsent(b.getGenre(), g -> new HashMap<>()).put(b.getEffectiveFrom(), b.band()));
        Map<String, Map<LocalDate, RemunerationRole>> roles = new HashMap<>();
        remunerationRoles(siteId).forEach(r -> roles.computeIfAbsent(r.getCode(), c -> new HashMap<>()).put(r.getEffectiveFrom(), r.role()));
        Map<RoyaltyParameter, Timeline<BigDecimal>> parameterTimelines = new EnumMap<>(RoyaltyParameter.class);
        values.forEach((p, m) -> parameterTimelines.put(p, Timeline.of(m)));
        Map<Genre, Timeline<CoefficientBand>> bandTimelines = new EnumMap<>(Genre.class);
        bands.forEach((g, m) -> bandTimelines.put(g, Timeline.of(m)));
        Map<String, Timeline<RemunerationRole>> roleTimelines = new HashMap<>();
        roles.forEach((c, m) -> roleTimelines.put(c, Timeline.of(m)));
        return new RoyaltySchedule(parameterTimelines, bandTimelines, roleTimelines);
    }

    @Override
    public boolean isEmpty(long siteId) {
        return em.createQuery("SELECT COUNT(v) FROM ScheduledValue v WHERE v.siteId = :site", Long.class)
                .setParameter("site", siteId).getSingleResult() == 0;
    }

    @Override
    public List<ScheduledValue> values(long siteId) {
        return em.createQuery("SELECT v FROM ScheduledValue v WHERE v.siteId = :site ORDER BY v.name, v.effectiveFrom", ScheduledValue.class)
                .setParameter("site", siteId).getResultList();
    }

    @Override
    public Optional<ScheduledValue> value(long siteId, RoyaltyParameter parameter, LocalDate effectiveFrom) {
        return em.createQuery("SELECT v FROM ScheduledValue v WHERE v.siteId = :site AND v.name = :name AND v.effectiveFrom = :from",
                        ScheduledValue.class)
                .setParameter("site", siteId).setParameter("name", parameter).setParameter("from", effectiveFrom)
                .getResultStream().findFirst();
    }

    @Override
    public List<ScheduledBand> bands(long siteId) {
        return em.createQuery("SELECT b FROM ScheduledBand b WHERE b.siteId = :site ORDER BY b.genre, b.effectiveFrom", ScheduledBand.class)
                .setParameter("site", siteId).getResultList();
    }

    @Override
    public Optional<ScheduledBand> band(long siteId, Genre genre, LocalDate effectiveFrom) {
        return em.createQuery("SELECT b FROM ScheduledBand b WHERE b.siteId = :site AND b.genre = :genre AND b.effectiveFrom = :from",
                        ScheduledBand.class)
                .setParameter("site", siteId).setParameter("genre", genre).setParameter("from", effectiveFrom)
                .getResultStream().findFirst();
    }

    @Override
    public List<ScheduledRemunerationRole> remunerationRoles(long siteId) {
        return em.createQuery("SELECT r FROM ScheduledRemunerationRole r WHERE r.siteId = :site ORDER BY r.coefficient DESC, r.code, "
                        + "r.effectiveFrom", ScheduledRemunerationRole.class)
                .setParameter("site", siteId).getResultList();
    }

    @Override
    public Optional<ScheduledRemunerationRole> remunerationRole(long siteId, String code, LocalDate effectiveFrom) {
        return em.createQuery("SELECT r FROM ScheduledRemunerationRole r WHERE r.siteId = :site AND r.code = :code "
                        + "AND r.effectiveFrom = :from", ScheduledRemunerationRole.class)
                .setParameter("site", siteId).setParameter("code", code).setParameter("from", effectiveFrom)
                .getResultStream().findFirst();
    }

    @Override
    public List<RemunerationAssignment> assignments(long siteId) {
        return em.createQuery("SELECT a FROM RemunerationAssignment a WHERE a.siteId = :site ORDER BY a.validFrom DESC, a.id",
                        RemunerationAssignment.class)
                .setParameter("site", siteId).getResultList();
    }

    @Override
    public Optional<RemunerationAssignment> assignment(long id) {
        return Optional.ofNullable(em.find(RemunerationAssignment.class, id));
    }

    @Override
    public Optional<RoyaltyFund> fund(long siteId, int year) {
        return Optional.ofNullable(em.find(RoyaltyFund.class, new RoyaltyFund.Key(siteId, year)));
    }

    @Override
    public List<RoyaltyFund> funds(long siteId) {
        return em.createQuery("SELECT f FROM RoyaltyFund f WHERE f.siteId = :site ORDER BY f.year DESC", RoyaltyFund.class)
                .setParameter("site", siteId).getResultList();
    }

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }
}
