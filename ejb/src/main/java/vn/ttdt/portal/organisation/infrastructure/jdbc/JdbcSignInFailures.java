package vn.ttdt.portal.organisation.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.organisation.domain.SignInFailures;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** The failed sign-ins as rows of {@code sign_in_failure} (V35), counted through its index on address and time. */
@ApplicationScoped
public class JdbcSignInFailures implements SignInFailures {

    /** Rows forgotten per failure at most, so that one sign-in never deletes a flood at once. */
    private static final int FORGET_AT_ONCE = 1_000;

    /** The columns' lengths: a login typed at the sign-in form may be longer than any account's. */
    private static final int ADDRESS_LENGTH = 64;
    private static final int LOGIN_LENGTH = 100;

    @Inject
    private Sql sql;

    @Override
    public int countAfter(String address, Instant after) {
        return (int) sql.number("SELECT COUNT(*) FROM sign_in_failure WHERE address = ? AND failed_at > ?", List.of(cut(address, ADDRESS_LENGTH), after));
    }

    @Override
    public void add(String address, String login, Instant at) {
        sql.update("INSERT INTO sign_in_failure (address, login, failed_at) VALUES (?, ?, ?)", List.of(cut(address, ADDRESS_LENGTH), cut(login, LOGIN_LENGTH), at));
    }

    @Override
    public void forget(String address, String login) {
        deleteRows("SELECT id FROM sign_in_failure WHERE address = ? AND login = ?",
                List.of(cut(address, ADDRESS_LENGTH), cut(login, LOGIN_LENGTH)));
    }

    @Override
    public void forgetUpTo(Instant horizon) {
        deleteRows("SELECT id FROM sign_in_failure WHERE failed_at <= ? ORDER BY failed_at LIMIT " + FORGET_AT_ONCE, List.of(horizon));
    }

    /**
     * Deletes the rows {@code select} finds, by their ids: a delete by a range of an index would lock the gaps around
     * it until the sign-in commits, and concurrent sign-ins inserting their failures into those gaps would deadlock.
     */
    private void deleteRows(String select, List<?> parameters) {
        List<Long> ids = sql.list(select, parameters, row -> row.getLong("id"));
        if (!ids.isEmpty()) {
            sql.update("DELETE FROM sign_in_failure WHERE id IN (" + Sql.numbers(ids) + ")", List.of());
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
