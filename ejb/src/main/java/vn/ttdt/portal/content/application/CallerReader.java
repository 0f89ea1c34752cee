package vn.ttdt.portal.content.application;

import jakarta.ejb.SessionContext;
import java.util.Optional;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;

/** The person calling a service as a reader of items and files: login, account, unit and roles. */
public final class CallerReader {

    private CallerReader() {
    }

    public static ItemReadAccess.Reader of(SessionContext caller, AccountRepository accounts) {
        String login = caller.getCallerPrincipal().getName();
        Optional<Account> account = accounts.byLogin(login);
        return new ItemReadAccess.Reader(login, account.map(Account::getId).orElse(null),
                account.map(Account::getUnit).orElse(null), CallerRoles.of(caller));
    }
}
