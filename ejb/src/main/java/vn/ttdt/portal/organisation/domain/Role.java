package vn.ttdt.portal.organisation.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Back-office roles. Citizens need no account. The {@link #roleName()} is the security role
 * used by the container (web.xml, {@code @RolesAllowed}) and stored in {@code account_role}.
 */
public enum Role {
    CONTRIBUTOR("contributor"),
    UNIT_REPORTER("unit-reporter"),
    EDITOR("editor"),
    APPROVER("approver"),
    QUOTA_SUPERVISOR("quota-supervisor"),
    FINANCE("finance"),
    IT_ADMIN("it-admin");

    public static final String CONTRIBUTOR_NAME = "contributor";
    public static final String UNIT_REPORTER_NAME = "unit-reporter";
    public static final String EDITOR_NAME = "editor";
    public static final String APPROVER_NAME = "approver";
    public static final String QUOTA_SUPERVISOR_NAME = "quota-supervisor";
    public static final String FINANCE_NAME = "finance";
    public static final String IT_ADMIN_NAME = "it-admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** Key of the role's label in the resource bundles. */
    public String labelKey() {
        return "role." + roleName;
    }

    public static Optional<Role> byRoleName(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
    }
}
