package vn.ttdt.portal.shared.application;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network cut, no connection to be had from the
 * pool) from every other failure: anywhere in the chain of causes, a connection-class SQL state ({@code 08…}), a
 * JDBC connection exception, a refused socket or the pool's own failure to hand out a connection.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean unreachable(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 30; depth++) {
            if (current instanceof SQLNonTransientConnectionException || current instanceof SQLTransientConnectionException
                    || current instanceof ConnectException || current instanceof ResourceException
                    || current instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (current.getCause() == current) {
                return false;
            }
            current = current.getCause();
        }
        return false;
    }
}
