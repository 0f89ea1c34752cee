package vn.ttdt.portal.admin.menu;

import java.util.Set;
import vn.ttdt.portal.organisation.domain.Role;

/** One item of the back-office menu and the roles that see it. */
public record MenuEntry(String id, String labelKey, String path, String icon, Set<Role> roles) {
}
