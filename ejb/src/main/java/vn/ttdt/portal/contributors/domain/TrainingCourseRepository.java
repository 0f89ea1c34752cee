package vn.ttdt.portal.contributors.domain;

import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface TrainingCourseRepository extends SiteOwnedRepository<TrainingCourse> {

    TrainingCourse add(TrainingCourse course);

    void remove(TrainingCourse course);

    /** The site's courses starting in {@code year}, in date order. */
    List<TrainingCourse> startingIn(Site site, int year);
}
