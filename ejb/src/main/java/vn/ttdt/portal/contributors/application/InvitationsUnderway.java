package vn.ttdt.portal.contributors.application;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The logins of the accounts the registry is creating for its own entries in the current transaction: such an account
 * is linked to the entry that was invited, not entered a second time.
 */
@TransactionScoped
public class InvitationsUnderway implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<String> logins = new HashSet<>();

    void expect(String login) {
        logins.add(login);
    }

    boolean expected(String login) {
        return logins.contains(login);
    }
}
