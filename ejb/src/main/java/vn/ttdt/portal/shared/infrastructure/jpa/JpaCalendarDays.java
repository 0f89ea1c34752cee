package vn.ttdt.portal.shared.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.CalendarDay;
import vn.ttdt.portal.shared.domain.CalendarDays;

@ApplicationScoped
public class JpaCalendarDays implements CalendarDays {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT d FROM CalendarDay d WHERE d.day BETWEEN :from AND :to ORDER BY d.day", CalendarDay.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<CalendarDay> on(LocalDate day) {
        return Optional.ofNullable(em.find(CalendarDay.class, day));
    }

    @Override
    public void add(CalendarDay day) {
        em.persist(day);
        em.flush();
    }

    @Override
    public void remove(CalendarDay day) {
        em.remove(day);
    }
}
