package vn.ttdt.portal.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.LoginLockPolicy;

/**
 * Writes a sign-in's outcome on its account, each in a short transaction of its own that holds
 * the account's row: concurrent attempts on one login count one after another and none is lost,
 * and the row is released before anything else (audit, mail) is done.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInCounts {

    @Inject
    private AccountRepository accounts;

    /** Counts a wrong password; returns the account when this very failure locked it. */
    public Optional<Account> failed(String login, Instant now, LoginLockPolicy policy) {
        return accounts.byLoginForSignIn(login).filter(account -> account.recordFailedLogin(now, policy));
    }

    /** Clears the account's count; returns its security stamp, or -1 when there is no such account. */
    public long succeeded(String login, Instant now) {
        Optional<Account> account = accounts.byLoginForSignIn(login);
        account.ifPresent(a -> a.recordSuccessfulLogin(now));
        return account.map(Account::getSecurityStamp).orElse(-1L);
    }
}
