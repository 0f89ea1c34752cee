package vn.ttdt.portal.organisation.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.UnitGroup;

/** A unit group with its supervisors of today (names joined by commas; null when none), for lists and choices. */
public record UnitGroupSummary(long id, String code, String name, String supervisorTitle, String supervisorName) implements Serializable {

    static UnitGroupSummary of(UnitGroup group, List<SupervisorAssignment> assignments, LocalDate today) {
        String names = assignments.stream().filter(a -> a.getGroup().getId().equals(group.getId()) && a.heldOn(today))
                .map(a -> a.getSupervisor().getFullName()).collect(Collectors.joining(", "));
        return new UnitGroupSummary(group.getId(), group.getCode(), group.getName(), group.getSupervisorTitle(),
                names.isEmpty() ? null : names);
    }
}
