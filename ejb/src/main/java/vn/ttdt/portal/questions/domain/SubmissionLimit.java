package vn.ttdt.portal.questions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps one sender from flooding the question form: at most {@code max} questions within {@code window}
 * per key (a network address, an e-mail address, a phone number). A submission is admitted only when
 * none of its keys is at the limit, and then counts against all of them. Not thread-safe; the owner
 * serialises access.
 */
public final class SubmissionLimit {

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    public SubmissionLimit(int max, Duration window) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs at least one submission and a positive window");
        }
        this.max = max;
        this.window = window;
    }

    /** Counts the submission and says true, or says false and counts nothing when one of the keys is at its limit. */
    public boolean admit(Collection<String> keys, Instant now) {
        for (String key : keys) {
            Deque<Instant> times = recent.get(key);
            if (times != null && forgetOlderThan(times, now).size() >= max) {
                return false;
            }
        }
        keys.forEach(key -> recent.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now));
        if (recent.size() > 10_000) {
            evictIdle(now);
        }
        return true;
    }

    private Deque<Instant> forgetOlderThan(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
        return times;
    }

    private void evictIdle(Instant now) {
        for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
            if (forgetOlderThan(it.next(), now).isEmpty()) {
                it.remove();
            }
        }
    }
}
