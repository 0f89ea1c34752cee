package vn.ttdt.portal.shared.domain;

import java.time.Instant;
import java.util.Deque;

/** The times of the submissions a {@link SubmissionLimit} admitted, per key. */
public interface SubmissionTimes {

    /**
     * The admitted times of {@code key}, oldest first (a copy the caller may change), held against other admissions
     * of the same key until this admission ends.
     */
    Deque<Instant> hold(String key);

    /** Keeps {@code times}, oldest first, as the admitted times of {@code key}. */
    void keep(String key, Deque<Instant> times);

    /** Forgets (some of) the keys with no admitted time after {@code horizon}: none of them limits anything. */
    void forgetIdleUpTo(Instant horizon);
}
