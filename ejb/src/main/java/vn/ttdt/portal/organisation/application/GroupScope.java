package vn.ttdt.portal.organisation.application;

import java.util.Set;

/** The unit groups a caller may see: every group (the board, the IT administrator) or those they supervise today. */
public record GroupScope(boolean everyGroup, Set<Long> groupIds) {

    public static GroupScope all() {
        return new GroupScope(true, Set.of());
    }

    public static GroupScope only(Set<Long> groupIds) {
        return new GroupScope(false, Set.copyOf(groupIds));
    }

    public boolean includes(long groupId) {
        return everyGroup || groupIds.contains(groupId);
    }
}
