package vn.ttdt.portal.organisation.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.UnitGroup;

/** A unit group with every supervisor assignment it had, has or will have, for its maintenance screen and API. */
public record UnitGroupDetails(long id, String code, String name, String supervisorTitle, int sortOrder,
        List<Supervision> supervisors) implements Serializable {

    /** One dated assignment; {@code current} when it holds today. */
    public record Supervision(long id, long accountId, String login, String fullName, LocalDate validFrom,
            LocalDate validTo, boolean current) implements Serializable {

        static Supervision of(SupervisorAssignment assignment, LocalDate today) {
            return new Supervision(assignment.getId(), assignment.getSupervisor().getId(),
                    assignment.getSupervisor().getLogin(), assignment.getSupervisor().getFullName(),
                    assignment.getValidFrom(), assignment.getValidTo(), assignment.heldOn(today));
        }
    }

    static UnitGroupDetails of(UnitGroup group, List<SupervisorAssignment> assignments, LocalDate today) {
        return new UnitGroupDetails(group.getId(), group.getCode(), group.getName(), group.getSupervisorTitle(),
                group.getSortOrder(), assignments.stream().filter(a -> a.getGroup().getId().equals(group.getId()))
                        .map(a -> Supervision.of(a, today)).toList());
    }
}
