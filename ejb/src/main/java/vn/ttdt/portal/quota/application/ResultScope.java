package vn.ttdt.portal.quota.application;

import vn.ttdt.portal.organisation.application.GroupScope;
import vn.ttdt.portal.quota.domain.ComplianceTables.StoredRow;

/**
 * Which rows of a quarter's compliance table a caller reads: the rows of the groups they see (every group for the
 * board and the IT administrator, the groups they supervise today for a quota supervisor) and, for a unit reporter,
 * their own unit's row or, when their group's quota binds the group together, the group's row.
 */
record ResultScope(GroupScope groups, Long unitId, Long unitGroupId) {

    boolean includes(StoredRow row) {
        if (groups.includes(row.groupId())) {
            return true;
        }
        return unitId != null && (unitId.equals(row.unitId()) || row.unitId() == null && unitGroupId.equals(row.groupId()));
    }
}
