package vn.ttdt.portal.royalty.domain;

import java.util.Collection;

/**
 * Separation of duties in grading (chấm nhuận bút): nobody grades a work they created or wrote, that is, a work on
 * which they are an author with their account; another approver grades it.
 */
public final class OwnWork {

    private OwnWork() {
    }

    /** True when {@code grader} (with {@code graderAccountId}, if known) created the work or is one of its authors. */
    public static boolean of(String creator, Collection<Long> authorAccountIds, String grader, Long graderAccountId) {
        return grader.equals(creator) || graderAccountId != null && authorAccountIds.contains(graderAccountId);
    }
}
