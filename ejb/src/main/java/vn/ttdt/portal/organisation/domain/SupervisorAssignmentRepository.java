package vn.ttdt.portal.organisation.domain;

import java.util.List;

public interface SupervisorAssignmentRepository extends SiteOwnedRepository<SupervisorAssignment> {

    /** Every assignment of {@code site}'s groups, by group and then first day. */
    List<SupervisorAssignment> allOf(Site site);

    /** The assignments {@code supervisor} holds or held, by group and then first day. */
    List<SupervisorAssignment> of(Account supervisor);

    SupervisorAssignment add(SupervisorAssignment assignment);
}
