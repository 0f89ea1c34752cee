package vn.ttdt.portal.shared.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Admitted times in this node's memory only, for a limit that need not hold across nodes. Not thread-safe; the
 * owner serialises admissions.
 */
public final class LocalSubmissionTimes implements SubmissionTimes {

    private static final int KEYS_BEFORE_FORGETTING = 10_000;

    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    @Override
    public Deque<Instant> hold(String key) {
        Deque<Instant> times = recent.get(key);
        return times == null ? new ArrayDeque<>() : new ArrayDeque<>(times);
    }

    @Override
    public void keep(String key, Deque<Instant> times) {
        recent.put(key, new ArrayDeque<>(times));
    }

    @Override
    public void forgetIdleUpTo(Instant horizon) {
        if (recent.size() > KEYS_BEFORE_FORGETTING) {
            recent.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(horizon));
        }
    }
}
