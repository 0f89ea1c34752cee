package vn.ttdt.portal.questions.application;

import jakarta.ejb.SessionContext;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Unit;

/** Who works on questions: a member of the board (editor or approver), who sees every question, or a unit's reporter. */
final class DeskCaller {

    private DeskCaller() {
    }

    static boolean isBoard(SessionContext caller) {
        return caller.isCallerInRole(Role.EDITOR_NAME) || caller.isCallerInRole(Role.APPROVER_NAME);
    }

    /** The caller's unit, null when the account has none. */
    static Unit unitOf(SessionContext caller, AccountRepository accounts) {
        return accounts.byLogin(caller.getCallerPrincipal().getName()).map(Account::getUnit).orElse(null);
    }
}
