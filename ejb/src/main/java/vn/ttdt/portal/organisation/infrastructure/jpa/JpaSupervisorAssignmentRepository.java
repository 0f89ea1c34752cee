package vn.ttdt.portal.organisation.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.SupervisorAssignmentRepository;
import vn.ttdt.portal.organisation.domain.UnitGroup;

@ApplicationScoped
public class JpaSupervisorAssignmentRepository implements SupervisorAssignmentRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<SupervisorAssignment> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, SupervisorAssignment.class, site, id);
    }

    @Override
    public List<SupervisorAssignment> allOf(Site site) {
        return em.createQuery("SELECT a FROM SupervisorAssignment a WHERE a.site = :site"
                + " ORDER BY a.group.sortOrder, a.validFrom, a.id", SupervisorAssignment.class)
                .setParameter("site", site).getResultList();
    }

    @Override
    public List<SupervisorAssignment> of(Account supervisor) {
        return em.createQuery("SELECT a FROM SupervisorAssignment a WHERE a.supervisor = :supervisor"
                + " ORDER BY a.group.sortOrder, a.validFrom, a.id", SupervisorAssignment.class)
                .setParameter("supervisor", supervisor).getResultList();
    }

    @Override
    public List<SupervisorAssignment> of(UnitGroup group, LocalDate day) {
        return em.createQuery("SELECT a FROM SupervisorAssignment a WHERE a.group = :group AND a.validFrom <= :day"
                + " AND (a.validTo IS NULL OR a.validTo >= :day) ORDER BY a.validFrom, a.id", SupervisorAssignment.class)
                .setParameter("group", group).setParameter("day", day).getResultList();
    }

    @Override
    public SupervisorAssignment add(SupervisorAssignment assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }
}
