package vn.ttdt.portal.shared.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps one sender from flooding a public form: at most {@code max} submissions within {@code window}
 * per key (a network address, an e-mail address, a phone number, a visitor's daily key). A submission is admitted
 * only when none of its keys is at the limit, and then counts against all of them; a refused one counts against
 * none. The admitted times live in {@link SubmissionTimes}: in the database, every node counts those of the others.
 */
public final class SubmissionLimit {

    private final int max;
    private final Duration window;
    private final SubmissionTimes times;

    public SubmissionLimit(int max, Duration window, SubmissionTimes times) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs at least one submission and a positive window");
        }
        this.max = max;
        this.window = window;
        this.times = times;
    }

    /**
     * Counts the submission and says true, or says false and counts nothing when one of the keys is at its limit. The
     * keys are held in one order (sorted), so that two admissions sharing keys never wait for each other in a circle.
     */
    public boolean admit(Collection<String> keys, Instant now) {
        Instant horizon = now.minus(window);
        Map<String, Deque<Instant>> held = new TreeMap<>();
        for (String key : new TreeSet<>(keys)) {
            held.put(key, after(horizon, times.hold(key)));
        }
        boolean admitted = held.values().stream().allMatch(recent -> recent.size() < max);
        if (admitted) {
            held.forEach((key, recent) -> {
                recent.addLast(now);
                times.keep(key, recent);
            });
        }
        times.forgetIdleUpTo(horizon);
        return admitted;
    }

    private static Deque<Instant> after(Instant horizon, Deque<Instant> times) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
        return times;
    }
}
