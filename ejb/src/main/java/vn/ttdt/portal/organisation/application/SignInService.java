package vn.ttdt.portal.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.LoginLockPolicy;
import vn.ttdt.portal.organisation.domain.SessionLifetime;
import vn.ttdt.portal.shared.application.Settings;

/**
 * The rules around a sign-in; the password itself is checked by the Elytron realm. Before the
 * check: is the address throttled, is the account locked? After it: count the failure (locking
 * the account at the limit) or clear the count. Every attempt is audited. Afterwards, on each
 * request: may the session go on, or has its account changed or its lifetime run out?
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private SignInCounts counts;

    @Inject
    private AddressThrottleRegistry throttle;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityNotices notices;

    @Inject
    private Clock clock;

    private final LoginLockPolicy policy = new LoginLockPolicy(
            Settings.integer("portal.security.lock.max-failures", LoginLockPolicy.DEFAULT.maxFailures()),
            Duration.ofMinutes(Settings.integer("portal.security.lock.minutes",
                    (int) LoginLockPolicy.DEFAULT.lockDuration().toMinutes())));

    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(
            Settings.integer("portal.security.session.max-hours", (int) SessionLifetime.DEFAULT.absolute().toHours())));

    public SignInDecision admit(String login, String address) {
        Instant now = clock.instant();
        if (throttle.isBlocked(address, now)) {
            audit.recordSignIn(login, AuditAction.LOGIN_REFUSED_THROTTLED, null, address);
            return SignInDecision.ADDRESS_THROTTLED;
        }
        Optional<Account> account = accounts.byLogin(login);
        if (account.isPresent() && account.get().isLocked(now)) {
            throttle.recordFailure(address, login, now);
            audit.recordSignIn(login, AuditAction.LOGIN_REFUSED_LOCKED, "locked until " + account.get().getLockedUntil(), address);
            return SignInDecision.ACCOUNT_LOCKED;
        }
        return SignInDecision.PROCEED;
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        throttle.recordFailure(address, login, now);
        audit.recordSignIn(login, AuditAction.LOGIN_FAILED, null, address);
        counts.failed(login, now, policy).ifPresent(account -> {
            audit.recordSignIn(login, AuditAction.ACCOUNT_LOCKED, "locked until " + account.getLockedUntil(), address);
            notices.accountLocked(account);
        });
    }

    /** Clears the account's own failures; returns its security stamp, for the new session to keep. */
    public long succeeded(String login, String address) {
        throttle.recordSuccess(address, login);
        long stamp = counts.succeeded(login, clock.instant());
        audit.recordSignIn(login, AuditAction.LOGIN_SUCCEEDED, null, address);
        return stamp;
    }

    /**
     * Whether a session signed in at {@code signedInAt} with {@code stamp} may go on; when it may
     * not, the forced sign-out is audited and the caller ends the session.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean keepsSession(String login, long stamp, Instant signedInAt, String address) {
        OptionalLong current = accounts.activeSecurityStamp(login);
        Optional<SessionLifetime.End> end = lifetime.endOf(stamp, signedInAt, current, clock.instant());
        end.ifPresent(reason -> audit.recordSignIn(login, AuditAction.SESSION_ENDED, reason.name(), address));
        return end.isEmpty();
    }

    public void signedOut(String login, String address) {
        audit.recordSignIn(login, AuditAction.LOGOUT, null, address);
    }
}
