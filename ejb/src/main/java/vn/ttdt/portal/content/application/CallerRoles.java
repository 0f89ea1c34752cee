package vn.ttdt.portal.content.application;

import jakarta.ejb.SessionContext;
import java.util.EnumSet;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Role;

/** The roles of the person calling a service, for the workflow rules. */
final class CallerRoles {

    private CallerRoles() {
    }

    static Set<Role> of(SessionContext caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (caller.isCallerInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
