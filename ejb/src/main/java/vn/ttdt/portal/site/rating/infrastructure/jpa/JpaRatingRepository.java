package vn.ttdt.portal.site.rating.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.shared.domain.DailySalts;
import vn.ttdt.portal.site.rating.domain.CategoryResult;
import vn.ttdt.portal.site.rating.domain.PageResult;
import vn.ttdt.portal.site.rating.domain.RatingKind;
import vn.ttdt.portal.site.rating.domain.RatingRepository;
import vn.ttdt.portal.site.rating.domain.RatingVote;

@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private DailySalts salts;

    @Override
    public Optional<RatingVote> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, RatingVote.class, site, id);
    }

    /** INSERT IGNORE against the unique key (site, page, day, voter key): two simultaneous votes store one. */
    @Override
    public boolean addOncePerDay(RatingVote vote) {
        return em.createNativeQuery("INSERT IGNORE INTO rating_vote (site_id, kind, ref, title, category, score, comment,"
                        + " voted_on, voter_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, vote.getSite().getId()).setParameter(2, vote.getKind().name()).setParameter(3, vote.getRef())
                .setParameter(4, vote.getTitle()).setParameter(5, vote.getCategory()).setParameter(6, vote.getScore())
                .setParameter(7, vote.getComment()).setParameter(8, vote.getVotedOn()).setParameter(9, vote.getVoterKey())
                .executeUpdate() == 1;
    }

    @Override
    public String saltOf(LocalDate day) {
        return salts.of(day);
    }

    @Override
    public int forgetBefore(LocalDate day) {
        int cleared = em.createNativeQuery("UPDATE rating_vote SET voter_key = NULL WHERE voted_on < ? AND voter_key IS NOT NULL")
                .setParameter(1, day).executeUpdate();
        salts.forgetBefore(day);
        return cleared;
    }

    @Override
    public List<PageResult> byPage(Site site, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT kind, ref, MAX(title), MAX(category), COUNT(*), AVG(score), COUNT(comment),"
                        + " SUM(score = 1), SUM(score = 2), SUM(score = 3), SUM(score = 4), SUM(score = 5)"
                        + " FROM rating_vote WHERE site_id = ? AND voted_on BETWEEN ? AND ?"
                        + " GROUP BY kind, ref ORDER BY COUNT(*) DESC, kind, ref LIMIT 500")
                .setParameter(1, site.getId()).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new PageResult(RatingKind.valueOf((String) r[0]), (String) r[1],
                (String) r[2], (String) r[3], number(r[4]), decimal(r[5]), number(r[6]), number(r[7]), number(r[8]),
                number(r[9]), number(r[10]), number(r[11]))).toList();
    }

    @Override
    public List<CategoryResult> byCategory(Site site, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT category, COUNT(DISTINCT kind, ref), COUNT(*), AVG(score)"
                        + " FROM rating_vote WHERE site_id = ? AND voted_on BETWEEN ? AND ?"
                        + " GROUP BY category ORDER BY COUNT(*) DESC, category LIMIT 500")
                .setParameter(1, site.getId()).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new CategoryResult((String) r[0], number(r[1]), number(r[2]), decimal(r[3]))).toList();
    }

    @Override
    public List<RatingVote> comments(Site site, RatingKind kind, String ref, LocalDate from, LocalDate to, int limit) {
        return em.createQuery("SELECT v FROM RatingVote v WHERE v.site = :site AND v.kind = :kind AND v.ref = :ref"
                        + " AND v.comment IS NOT NULL AND v.votedOn BETWEEN :from AND :to ORDER BY v.votedOn DESC, v.id DESC",
                        RatingVote.class)
                .setParameter("site", site).setParameter("kind", kind).setParameter("ref", ref).setParameter("from", from)
                .setParameter("to", to).setMaxResults(limit).getResultList();
    }

    @Override
    public long votesOn(Site site, RatingKind kind, String ref, LocalDate day) {
        return em.createQuery("SELECT COUNT(v) FROM RatingVote v WHERE v.site = :site AND v.kind = :kind AND v.ref = :ref"
                        + " AND v.votedOn = :day", Long.class)
                .setParameter("site", site).setParameter("kind", kind).setParameter("ref", ref).setParameter("day", day)
                .getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double decimal(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
