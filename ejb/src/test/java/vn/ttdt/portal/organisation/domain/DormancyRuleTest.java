package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DormancyRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
    private final DormancyRule ninetyDays = new DormancyRule(90);

    @Test
    void anAccountLastUsedNinetyOneDaysAgoIsDormant() {
        Account account = createdAt(NOW.minus(Duration.ofDays(400)));
        account.recordSuccessfulLogin(NOW.minus(Duration.ofDays(91)));
        assertEquals(Optional.of(91), ninetyDays.daysInactive(account, NOW));
    }

    @Test
    void anAccountUsedEightyNineDaysAgoIsNot() {
        Account account = createdAt(NOW.minus(Duration.ofDays(400)));
        account.recordSuccessfulLogin(NOW.minus(Duration.ofDays(89)));
        assertEquals(Optional.empty(), ninetyDays.daysInactive(account, NOW));
    }

    @Test
    void aNeverUsedAccountCountsFromItsCreation() {
        assertEquals(Optional.of(120), ninetyDays.daysInactive(createdAt(NOW.minus(Duration.ofDays(120))), NOW));
        assertEquals(Optional.empty(), ninetyDays.daysInactive(createdAt(NOW.minus(Duration.ofDays(10))), NOW));
    }

    @Test
    void aDeactivatedAccountIsNeverReported() {
        Account account = createdAt(NOW.minus(Duration.ofDays(400)));
        account.deactivate(NOW.minus(Duration.ofDays(300)));
        assertEquals(Optional.empty(), ninetyDays.daysInactive(account, NOW));
    }

    @Test
    void theNumberOfDaysMustBeSensible() {
        assertThrows(IllegalArgumentException.class, () -> new DormancyRule(0));
        assertThrows(IllegalArgumentException.class, () -> new DormancyRule(3651));
    }

    private static Account createdAt(Instant created) {
        return new Account(null, "ctv.cu", "hash", created);
    }
}
