package vn.ttdt.portal.organisation.domain;

import java.time.LocalDate;
import java.util.List;

public interface SupervisorAssignmentRepository extends SiteOwnedRepository<SupervisorAssignment> {

    /** Every assignment of {@code site}'s groups, by group and then first day. */
    List<SupervisorAssignment> allOf(Site site);

    /** The assignments {@code supervisor} holds or held, by group and then first day. */
    List<SupervisorAssignment> of(Account supervisor);

    /** The assignments of {@code group} held on {@code day}, by first day. */
    List<SupervisorAssignment> of(UnitGroup group, LocalDate day);

    SupervisorAssignment add(SupervisorAssignment assignment);
}
