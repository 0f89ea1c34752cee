package vn.ttdt.portal.organisation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An active account is dormant when nobody has signed in to it for {@code days} days; an account
 * never used counts from its creation.
 */
public record DormancyRule(int days) {

    public DormancyRule {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("days must be between 1 and 3650");
        }
    }

    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }

    /** Whole days without a sign-in, if the account is dormant at {@code now}. */
    public Optional<Integer> daysInactive(Account account, Instant now) {
        if (!account.isActive()) {
            return Optional.empty();
        }
        Instant since = account.getLastLoginAt() != null ? account.getLastLoginAt() : account.getCreatedAt();
        if (since == null || since.isAfter(cutoff(now))) {
            return Optional.empty();
        }
        return Optional.of((int) Duration.between(since, now).toDays());
    }
}
