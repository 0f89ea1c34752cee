package vn.ttdt.portal.organisation.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitResponsibles;

@ApplicationScoped
public class JpaUnitResponsibles implements UnitResponsibles {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<Account> of(UnitGroup group, Collection<Unit> units, LocalDate day) {
        List<Account> people = new ArrayList<>();
        if (!units.isEmpty()) {
            people.addAll(em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roleNames r"
                            + " WHERE a.unit IN :units AND a.active = TRUE AND r = :role ORDER BY a.login", Account.class)
                    .setParameter("units", units).setParameter("role", Role.UNIT_REPORTER_NAME).getResultList());
        }
        if (group != null) {
            em.createQuery("SELECT s FROM SupervisorAssignment s WHERE s.group = :group ORDER BY s.validFrom", SupervisorAssignment.class)
                    .setParameter("group", group).getResultList().stream()
                    .filter(assignment -> assignment.heldOn(day)).map(SupervisorAssignment::getSupervisor)
                    .filter(supervisor -> supervisor.isActive() && people.stream().noneMatch(a -> a.getId().equals(supervisor.getId())))
                    .forEach(people::add);
        }
        return people;
    }
}
