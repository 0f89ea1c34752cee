package vn.ttdt.portal.organisation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Slows down password guessing from one network address across many logins: after
 * {@code maxFailures} failed sign-ins from an address within {@code window}, further attempts
 * from it are refused until the oldest failure leaves the window. A successful sign-in forgets
 * only the failures of that same login from that address, so one person's own account cannot wipe
 * the guesses made against others. Not thread-safe; the owner serialises access.
 */
public final class AddressThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Failure>> failures = new HashMap<>();

    public AddressThrottle(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean isBlocked(String address, Instant now) {
        Deque<Failure> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        forgetOlderThan(recent, now);
        return recent.size() >= maxFailures;
    }

    public void recordFailure(String address, String login, Instant now) {
        Deque<Failure> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        forgetOlderThan(recent, now);
        recent.addLast(new Failure(login, now));
        if (failures.size() > 10_000) {
            evictIdle(now);
        }
    }

    /** {@code login} signed in from {@code address}: its own earlier failures there were typing mistakes. */
    public void recordSuccess(String address, String login) {
        Deque<Failure> recent = failures.get(address);
        if (recent != null) {
            recent.removeIf(failure -> failure.login().equals(login));
            if (recent.isEmpty()) {
                failures.remove(address);
            }
        }
    }

    private void forgetOlderThan(Deque<Failure> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().at().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    private void evictIdle(Instant now) {
        for (Iterator<Deque<Failure>> it = failures.values().iterator(); it.hasNext(); ) {
            Deque<Failure> recent = it.next();
            forgetOlderThan(recent, now);
            if (recent.isEmpty()) {
                it.remove();
            }
        }
    }

    private record Failure(String login, Instant at) {
    }
}
