package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The changes that end an account's open sessions move its security stamp; others leave it. */
class AccountSecurityStampTest {

    private static final Instant NOW = Instant.parse("2023-03-01T08:00:00Z");

    private final Account account = new Account(null, "ctv.demo", "hash", NOW);

    {
        account.grantExactly(Set.of(Role.CONTRIBUTOR), NOW);
    }

    private long stampBefore(Runnable change) {
        long before = account.getSecurityStamp();
        change.run();
        return before;
    }

    @Test
    void deactivationMovesTheStamp() {
        long before = stampBefore(() -> account.deactivate(NOW));
        assertNotEquals(before, account.getSecurityStamp());
    }

    @Test
    void aLockByWrongPasswordsMovesTheStamp() {
        long before = account.getSecurityStamp();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW, LoginLockPolicy.DEFAULT);
        }
        assertEquals(before, account.getSecurityStamp(), "wrong passwords before the lock end no session");
        account.recordFailedLogin(NOW, LoginLockPolicy.DEFAULT);
        assertNotEquals(before, account.getSecurityStamp());
    }

    @Test
    void otherRolesMoveTheStampTheSameRolesDoNot() {
        long before = stampBefore(() -> account.grantExactly(List.of(Role.CONTRIBUTOR), NOW));
        assertEquals(before, account.getSecurityStamp());
        account.grantExactly(List.of(Role.CONTRIBUTOR, Role.EDITOR), NOW);
        assertNotEquals(before, account.getSecurityStamp());
    }

    @Test
    void aPasswordResetMovesTheStamp() {
        long before = stampBefore(() -> account.resetPassword("new-hash", NOW));
        assertNotEquals(before, account.getSecurityStamp());
        assertEquals("new-hash", account.getPasswordHash());
    }

    @Test
    void aPasswordChangedByItsOwnerMovesTheStamp() {
        long before = stampBefore(() -> account.changePassword("own-hash", NOW));
        assertNotEquals(before, account.getSecurityStamp());
        assertEquals("own-hash", account.getPasswordHash());
    }

    @Test
    void aNewPhoneOrAnUnlockDoesNotMoveTheStamp() {
        long before = stampBefore(() -> {
            account.describe("Nguyễn Văn An", "an@cammy.example.vn", "0251 3800 111", null, NOW);
            account.unlock(NOW);
        });
        assertEquals(before, account.getSecurityStamp());
    }
}
