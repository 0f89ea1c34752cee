package vn.ttdt.portal.contributors.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.contributors.domain.TrainingCourse;
import vn.ttdt.portal.contributors.domain.TrainingCourseRepository;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;

@ApplicationScoped
public class JpaTrainingCourseRepository implements TrainingCourseRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<TrainingCourse> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, TrainingCourse.class, site, id);
    }

    @Override
    public TrainingCourse add(TrainingCourse course) {
        em.persist(course);
        em.flush();
        return course;
    }

    @Override
    public void remove(TrainingCourse course) {
        em.remove(course);
    }

    @Override
    public List<TrainingCourse> startingIn(Site site, int year) {
        return em.createQuery("SELECT c FROM TrainingCourse c WHERE c.site = :site AND c.startsOn >= :from AND c.startsOn < :to"
                        + " ORDER BY c.startsOn, c.id", TrainingCourse.class)
                .setParameter("site", site).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList();
    }
}
