package vn.ttdt.portal.organisation.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing from one network address across many logins: after
 * {@code maxFailures} failed sign-ins from an address within {@code window}, further attempts
 * from it are refused until the oldest failure leaves the window. A successful sign-in forgets
 * only the failures of that same login from that address, so one person's own account cannot wipe
 * the guesses made against others. The failures are kept in {@link SignInFailures}, so that every
 * node of the portal counts those made on the others.
 */
public final class AddressThrottle {

    private final int maxFailures;
    private final Duration window;
    private final SignInFailures failures;

    public AddressThrottle(int maxFailures, Duration window, SignInFailures failures) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.failures = failures;
    }

    public boolean isBlocked(String address, Instant now) {
        return failures.countAfter(address, now.minus(window)) >= maxFailures;
    }

    /** Counts a failure, and forgets those that have left the window. */
    public void recordFailure(String address, String login, Instant now) {
        failures.forgetUpTo(now.minus(window));
        failures.add(address, login, now);
    }

    /** {@code login} signed in from {@code address}: its own earlier failures there were typing mistakes. */
    public void recordSuccess(String address, String login) {
        failures.forget(address, login);
    }
}
