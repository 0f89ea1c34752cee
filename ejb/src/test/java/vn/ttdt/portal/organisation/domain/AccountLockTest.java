package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountLockTest {

    private static final Instant NOW = Instant.parse("2023-03-01T08:00:00Z");
    private static final LoginLockPolicy POLICY = LoginLockPolicy.DEFAULT;

    private final Account account = new Account(null, "ctv.demo", "hash", NOW);

    private void failTimes(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, POLICY);
        }
    }

    @Test
    void fourWrongPasswordsDoNotLockTheAccount() {
        for (int i = 0; i < 4; i++) {
            assertFalse(account.recordFailedLogin(NOW.plusSeconds(i), POLICY));
        }
        assertFalse(account.isLocked(NOW.plusSeconds(4)));
        assertNull(account.getLockedUntil());
    }

    @Test
    void fifthWrongPasswordLocksTheAccountForFifteenMinutes() {
        failTimes(4, NOW);
        Instant fifth = NOW.plusSeconds(30);

        assertTrue(account.recordFailedLogin(fifth, POLICY));
        assertEquals(fifth.plus(Duration.ofMinutes(15)), account.getLockedUntil());
        assertTrue(account.isLocked(fifth));
    }

    @Test
    void aLockedAccountIsStillLockedOneSecondBeforeTheLockEndsButNotAtTheEnd() {
        failTimes(5, NOW);
        Instant end = NOW.plus(Duration.ofMinutes(15));

        assertTrue(account.isLocked(end.minusSeconds(1)));
        assertFalse(account.isLocked(end));
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfWrongPasswords() {
        failTimes(4, NOW);
        account.recordSuccessfulLogin(NOW.plusSeconds(1));
        failTimes(4, NOW.plusSeconds(2));

        assertFalse(account.isLocked(NOW.plusSeconds(3)));
        assertEquals(4, account.getFailedLogins());
        assertEquals(NOW.plusSeconds(1), account.getLastLoginAt());
    }

    @Test
    void afterTheLockExpiresCountingStartsAgainFromZero() {
        failTimes(5, NOW);
        Instant afterLock = NOW.plus(Duration.ofMinutes(15));

        for (int i = 0; i < 4; i++) {
            assertFalse(account.recordFailedLogin(afterLock.plusSeconds(i), POLICY));
        }
        assertFalse(account.isLocked(afterLock.plusSeconds(4)));
        assertTrue(account.recordFailedLogin(afterLock.plusSeconds(5), POLICY));
        assertEquals(afterLock.plusSeconds(5).plus(Duration.ofMinutes(15)), account.getLockedUntil());
    }

    @Test
    void unlockingClearsTheLockAndTheCount() {
        failTimes(5, NOW);
        account.unlock(NOW.plusSeconds(60));

        assertFalse(account.isLocked(NOW.plusSeconds(61)));
        assertNull(account.getLockedUntil());
        assertEquals(0, account.getFailedLogins());
    }

    @Test
    void wrongPasswordsArrivingWhileLockedAreCountedWithoutLockingAgain() {
        failTimes(5, NOW);
        Instant lockedUntil = account.getLockedUntil();
        for (int i = 0; i < 15; i++) {
            assertFalse(account.recordFailedLogin(NOW.plusSeconds(1 + i), POLICY), "failure " + (6 + i));
        }
        assertEquals(20, account.getFailedLogins());
        assertEquals(lockedUntil, account.getLockedUntil());
    }
}
