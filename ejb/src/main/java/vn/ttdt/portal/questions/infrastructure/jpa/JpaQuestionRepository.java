package vn.ttdt.portal.questions.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.questions.domain.QuestionRepository;
import vn.ttdt.portal.questions.domain.QuestionState;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    private static final String PUBLISHED = " FROM Question q WHERE q.site = :site AND q.state = :state"
            + " AND (:field IS NULL OR q.field = :field)";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Question> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Question.class, site, id);
    }

    @Override
    public Optional<Question> byCode(Site site, String trackingCode) {
        return em.createQuery("SELECT q FROM Question q WHERE q.site = :site AND q.trackingCode = :code", Question.class)
                .setParameter("site", site).setParameter("code", trackingCode).getResultStream().findFirst();
    }

    @Override
    public boolean codeTaken(String trackingCode) {
        return em.createQuery("SELECT COUNT(q) FROM Question q WHERE q.trackingCode = :code", Long.class)
                .setParameter("code", trackingCode).getSingleResult() > 0;
    }

    @Override
    public Question add(Question question) {
        em.persist(question);
        em.flush();
        return question;
    }

    @Override
    public Page<Question> inStates(Site site, Set<QuestionState> states, Unit unit, PageRequest page) {
        String where = " FROM Question q WHERE q.site = :site AND q.state IN :states" + (unit == null ? "" : " AND q.unit = :unit");
        TypedQuery<Question> rows = em.createQuery("SELECT q" + where + " ORDER BY q.receivedAt, q.id", Question.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(q)" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("site", site).setParameter("states", states);
            if (unit != null) {
                query.setParameter("unit", unit);
            }
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(), count.getSingleResult());
    }

    @Override
    public Page<Question> overdue(Site site, LocalDate today, PageRequest page) {
        String where = " FROM Question q WHERE q.site = :site AND q.state = :state AND q.deadline < :today";
        TypedQuery<Question> rows = em.createQuery("SELECT q" + where + " ORDER BY q.deadline, q.id", Question.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(q)" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("site", site).setParameter("state", QuestionState.FORWARDED).setParameter("today", today);
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(), count.getSingleResult());
    }

    @Override
    public List<Question> receivedBetween(Site site, Unit unit, Instant from, Instant to) {
        TypedQuery<Question> query = em.createQuery("SELECT q FROM Question q LEFT JOIN FETCH q.unit WHERE q.site = :site"
                        + " AND q.receivedAt >= :from AND q.receivedAt < :to" + (unit == null ? "" : " AND q.unit = :unit"), Question.class)
                .setParameter("site", site).setParameter("from", from).setParameter("to", to);
        return (unit == null ? query : query.setParameter("unit", unit)).getResultList();
    }

    @Override
    public List<Question> answered(Site site, QuestionField field, int limit) {
        return em.createQuery("SELECT q FROM Question q WHERE q.site = :site AND q.field = :field AND q.state IN :states"
                        + " ORDER BY q.receivedAt DESC, q.id DESC", Question.class)
                .setParameter("site", site).setParameter("field", field)
                .setParameter("states", java.util.EnumSet.of(QuestionState.ANSWER_APPROVED, QuestionState.PUBLISHED, QuestionState.SENT_PRIVATELY))
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Page<Question> published(Site site, QuestionField field, PageRequest page) {
        TypedQuery<Question> rows = em.createQuery("SELECT q" + PUBLISHED + " ORDER BY q.closedAt DESC, q.id DESC", Question.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(q)" + PUBLISHED, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("site", site).setParameter("state", QuestionState.PUBLISHED).setParameter("field", field);
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(), count.getSingleResult());
    }
}
