package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final Instant T0 = Instant.parse("2023-03-01T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String ADDRESS = "203.0.113.7";
    private static final String GUESSED = "bientap.demo";

    private final AddressThrottle throttle = new AddressThrottle(3, WINDOW, new InMemorySignInFailures());

    private void failThreeTimesFromT0() {
        throttle.recordFailure(ADDRESS, GUESSED, T0);
        throttle.recordFailure(ADDRESS, GUESSED, T0.plusSeconds(1));
        throttle.recordFailure(ADDRESS, GUESSED, T0.plusSeconds(2));
    }

    @Test
    void twoFailuresDoNotBlockButTheThirdDoes() {
        throttle.recordFailure(ADDRESS, GUESSED, T0);
        throttle.recordFailure(ADDRESS, GUESSED, T0.plusSeconds(1));
        assertFalse(throttle.isBlocked(ADDRESS, T0.plusSeconds(2)));

        throttle.recordFailure(ADDRESS, GUESSED, T0.plusSeconds(2));
        assertTrue(throttle.isBlocked(ADDRESS, T0.plusSeconds(3)));
    }

    @Test
    void anotherAddressIsNotAffected() {
        failThreeTimesFromT0();
        assertFalse(throttle.isBlocked("198.51.100.9", T0.plusSeconds(3)));
    }

    @Test
    void theAddressStaysBlockedUntilTheOldestFailureIsAWholeWindowOld() {
        failThreeTimesFromT0();

        assertTrue(throttle.isBlocked(ADDRESS, T0.plus(WINDOW).minusNanos(1)));
        assertFalse(throttle.isBlocked(ADDRESS, T0.plus(WINDOW)));
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        throttle.recordFailure(ADDRESS, GUESSED, T0);
        throttle.recordFailure(ADDRESS, GUESSED, T0.plusSeconds(1));
        throttle.recordFailure(ADDRESS, GUESSED, T0.plus(WINDOW).plusSeconds(1));

        assertFalse(throttle.isBlocked(ADDRESS, T0.plus(WINDOW).plusSeconds(1)));
    }

    @Test
    void aSuccessOfAnotherAccountFromTheAddressDoesNotClearItsFailures() {
        failThreeTimesFromT0();
        throttle.recordSuccess(ADDRESS, "attacker.own");

        assertTrue(throttle.isBlocked(ADDRESS, T0.plusSeconds(3)));
    }

    @Test
    void aSuccessfulSignInForgetsOnlyThatAccountsOwnFailuresFromTheAddress() {
        throttle.recordFailure(ADDRESS, "go.nham", T0);
        throttle.recordFailure(ADDRESS, "go.nham", T0.plusSeconds(1));
        throttle.recordFailure(ADDRESS, GUESSED, T0.plusSeconds(2));
        throttle.recordSuccess(ADDRESS, "go.nham");
        throttle.recordFailure(ADDRESS, GUESSED, T0.plusSeconds(3));
        assertFalse(throttle.isBlocked(ADDRESS, T0.plusSeconds(4)));

        throttle.recordFailure(ADDRESS, "khac", T0.plusSeconds(4));
        assertTrue(throttle.isBlocked(ADDRESS, T0.plusSeconds(5)));
    }

    @Test
    void aThrottleNeedsAtLeastOneFailureAndAPositiveWindow() {
        assertThrows(IllegalArgumentException.class, () -> new AddressThrottle(0, WINDOW, new InMemorySignInFailures()));
        assertThrows(IllegalArgumentException.class, () -> new AddressThrottle(3, Duration.ZERO, new InMemorySignInFailures()));
        assertThrows(IllegalArgumentException.class, () -> new AddressThrottle(3, Duration.ofMinutes(-1), new InMemorySignInFailures()));
    }
}
