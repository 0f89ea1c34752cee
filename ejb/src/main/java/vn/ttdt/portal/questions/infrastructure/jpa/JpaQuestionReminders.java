package vn.ttdt.portal.questions.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitResponsibles;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionReminder;
import vn.ttdt.portal.questions.domain.QuestionReminders;
import vn.ttdt.portal.questions.domain.QuestionState;

@ApplicationScoped
public class JpaQuestionReminders implements QuestionReminders {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private UnitResponsibles responsibles;

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
    public List<Account> chasedFor(Unit unit, LocalDate day) {
        return responsibles.of(unit.getGroup(), List.of(unit), day);
    }
}
