package vn.ttdt.portal.organisation.domain;

import java.time.Duration;

/** After {@code maxFailures} wrong passwords in a row an account is locked for {@code lockDuration}. */
public record LoginLockPolicy(int maxFailures, Duration lockDuration) {

    public static final LoginLockPolicy DEFAULT = new LoginLockPolicy(5, Duration.ofMinutes(15));

    public LoginLockPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("a lock policy needs at least one failure and a positive duration");
        }
    }
}
