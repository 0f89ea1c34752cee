package vn.ttdt.portal.questions.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.questions.domain.Chase;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionReminder;
import vn.ttdt.portal.questions.domain.QuestionReminders;
import vn.ttdt.portal.questions.domain.QuestionState;

@ApplicationScoped
public class JpaQuestionReminders implements QuestionReminders {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<Question> awaitingAnswer() {
        return em.createQuery("SELECT q FROM Question q WHERE q.state = :state AND q.deadline IS NOT NULL ORDER BY q.deadline, q.id",
                Question.class).setParameter("state", QuestionState.FORWARDED).getResultList();
    }

    @Override
    public boolean sentOn(Question question, LocalDate day) {
        return em.createQuery("SELECT COUNT(r) FROM QuestionReminder r WHERE r.question = :question AND r.day = :day", Long.class)
                .setParameter("question", question).setParameter("day", day).getSingleResult() > 0;
    }

    @Override
    public void add(QuestionReminder reminder) {
        em.persist(reminder);
        em.flush();
    }

    @Override
    public Map<Long, LocalDate> lastSent(Collection<Long> questionIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (questionIds.isEmpty()) {
            return last;
        }
        em.createQuery("SELECT r.question.id, MAX(r.day) FROM QuestionReminder r WHERE r.question.id IN :ids GROUP BY r.question.id",
                Object[].class).setParameter("ids", questionIds).getResultList()
                .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        return last;
    }

    @Override
    public boolean sent(Question question, Chase.Kind kind) {
        return em.createQuery("SELECT COUNT(r) FROM QuestionReminder r WHERE r.question = :question AND r.kind = :kind", Long.class)
                .setParameter("question", question).setParameter("kind", kind).getSingleResult() > 0;
    }

    @Override
    public List<Account> reportersOf(Unit unit) {
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roleNames r"
                        + " WHERE a.unit = :unit AND a.active = TRUE AND r = :role ORDER BY a.login", Account.class)
                .setParameter("unit", unit).setParameter("role", Role.UNIT_REPORTER_NAME).getResultList();
    }
}
