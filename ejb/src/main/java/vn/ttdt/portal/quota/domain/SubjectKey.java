package vn.ttdt.portal.quota.domain;

/**
 * Which row of a quarter's table: a unit of a group, or the group together ({@code unitKey} 0), as in the table's
 * unique key. The job writes the rows in this order and checkpoints the last key written.
 */
public record SubjectKey(long groupId, long unitKey) implements Comparable<SubjectKey> {

    public static SubjectKey of(long groupId, Long unitId) {
        return new SubjectKey(groupId, unitId == null ? 0 : unitId);
    }

    /** The key as a job checkpoint: {@code groupId:unitKey}. */
    public String checkpoint() {
        return groupId + ":" + unitKey;
    }

    public static SubjectKey fromCheckpoint(String checkpoint) {
        String[] parts = checkpoint.split(":");
        return new SubjectKey(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

    @Override
    public int compareTo(SubjectKey other) {
        return groupId != other.groupId ? Long.compare(groupId, other.groupId) : Long.compare(unitKey, other.unitKey);
    }
}
