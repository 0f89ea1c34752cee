package vn.ttdt.portal.shared.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
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
}
