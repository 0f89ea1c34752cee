package vn.ttdt.portal.quota.domain;

import java.io.Serializable;

/**
 * Which row of a quarter's table: a unit of a group, or the group together ({@code unitKey} 0), as in the table's
 * unique key. The job writes the rows in this order and checkpoints the last key written.
 */
public record SubjectKey(long groupId, long unitKey) implements Comparable<SubjectKey>, Serializable {

    public static SubjectKey of(long groupId, Long unitId) {
        return new SubjectKey(groupId, unitId == null ? 0 : unitId);
    }

    @Override
    public int compareTo(SubjectKey other) {
        return groupId != other.groupId ? Long.compare(groupId, other.groupId) : Long.compare(unitKey, other.unitKey);
    }
}
