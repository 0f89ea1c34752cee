package vn.ttdt.portal.organisation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How long a back-office session may last however busy it is ({@code absolute}, besides the idle
 * timeout), and what ends it sooner: its account's security stamp has moved since the sign-in, or
 * the account is no longer active.
 */
public record SessionLifetime(Duration absolute) {

    public static final SessionLifetime DEFAULT = new SessionLifetime(Duration.ofHours(8));

    /** Why a session ends. */
    public enum End { ACCOUNT_CHANGED, EXPIRED }

    public SessionLifetime {
        if (absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("a session lifetime must be positive");
        }
    }

    /**
     * Whether a session signed in at {@code signedInAt} with the stamp {@code sessionStamp} must end
     * at {@code now}; {@code currentStamp} is the active account's stamp, empty when the account
     * is inactive or gone.
     */
    public Optional<End> endOf(long sessionStamp, Instant signedInAt, OptionalLong currentStamp, Instant now) {
        if (currentStamp.isEmpty() || currentStamp.getAsLong() != sessionStamp) {
            return Optional.of(End.ACCOUNT_CHANGED);
        }
        if (!now.isBefore(signedInAt.plus(absolute))) {
            return Optional.of(End.EXPIRED);
        }
        return Optional.empty();
    }
}
