package vn.ttdt.portal.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import vn.ttdt.portal.organisation.domain.AddressThrottle;
import vn.ttdt.portal.shared.application.Settings;

/**
 * The server's memory of failed sign-ins per network address. Defaults: 20 failures within 15
 * minutes block the address ({@code -Dportal.security.throttle.max-failures},
 * {@code -Dportal.security.throttle.window-minutes}).
 */
@PermitAll
@Singleton
@Lock(LockType.WRITE)
public class AddressThrottleRegistry {

    private final AddressThrottle throttle = new AddressThrottle(
            Settings.integer("portal.security.throttle.max-failures", 20),
            Duration.ofMinutes(Settings.integer("portal.security.throttle.window-minutes", 15)));

    public boolean isBlocked(String address, Instant now) {
        return throttle.isBlocked(address, now);
    }

    public void recordFailure(String address, String login, Instant now) {
        throttle.recordFailure(address, login, now);
    }

    public void recordSuccess(String address, String login) {
        throttle.recordSuccess(address, login);
    }
}
