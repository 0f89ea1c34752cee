package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2023-03-01T01:00:00Z");
    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(8));

    @Test
    void aSessionWhoseAccountIsUnchangedGoesOnUntilItsAbsoluteLifetimeEnds() {
        Instant lastMoment = SIGNED_IN.plus(Duration.ofHours(8)).minusNanos(1);
        assertEquals(Optional.empty(), lifetime.endOf(3, SIGNED_IN, OptionalLong.of(3), lastMoment));
        assertEquals(Optional.of(SessionLifetime.End.EXPIRED),
                lifetime.endOf(3, SIGNED_IN, OptionalLong.of(3), SIGNED_IN.plus(Duration.ofHours(8))));
    }

    @Test
    void aSessionEndsWhenItsAccountsStampMovedOrTheAccountIsNoLongerActive() {
        Instant now = SIGNED_IN.plusSeconds(60);
        assertEquals(Optional.of(SessionLifetime.End.ACCOUNT_CHANGED), lifetime.endOf(3, SIGNED_IN, OptionalLong.of(4), now));
        assertEquals(Optional.of(SessionLifetime.End.ACCOUNT_CHANGED), lifetime.endOf(3, SIGNED_IN, OptionalLong.empty(), now));
    }

    @Test
    void theDefaultIsEightHoursAndALifetimeMustBePositive() {
        assertEquals(Duration.ofHours(8), SessionLifetime.DEFAULT.absolute());
        assertThrows(IllegalArgumentException.class, () -> new SessionLifetime(Duration.ZERO));
    }
}
