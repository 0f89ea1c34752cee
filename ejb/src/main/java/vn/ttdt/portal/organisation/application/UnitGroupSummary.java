package vn.ttdt.portal.organisation.application;

import vn.ttdt.portal.organisation.domain.UnitGroup;

/** A unit group with its supervisor, for lists and choices. */
public record UnitGroupSummary(long id, String code, String name, String supervisorTitle, String supervisorName) {

    static UnitGroupSummary of(UnitGroup group) {
        return new UnitGroupSummary(group.getId(), group.getCode(), group.getName(), group.getSupervisorTitle(),
                group.getSupervisor() == null ? null : group.getSupervisor().getFullName());
    }
}
