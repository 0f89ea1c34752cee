package vn.ttdt.portal.organisation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import vn.ttdt.portal.organisation.domain.AddressThrottle;
import vn.ttdt.portal.organisation.domain.SignInFailures;
import vn.ttdt.portal.shared.application.Settings;

/**
 * The portal's memory of failed sign-ins per network address, in the database, so that every node counts those made
 * on the others (within the sign-in's own transaction). Defaults: 20 failures within 15 minutes block the address
 * ({@code -Dportal.security.throttle.max-failures}, {@code -Dportal.security.throttle.window-minutes}).
 */
@PermitAll
@Stateless
public class AddressThrottleRegistry {

    @Inject
    private SignInFailures failures;

    private AddressThrottle throttle;

    @PostConstruct
    void configure() {
        throttle = new AddressThrottle(Settings.integer("portal.security.throttle.max-failures", 20),
                Duration.ofMinutes(Settings.integer("portal.security.throttle.window-minutes", 15)), failures);
    }

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
